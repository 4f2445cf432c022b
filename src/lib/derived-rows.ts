/**
 * Rows whose grade is not typed but derived from their parts on every date: the United Kingdom from
 * its three legal systems (England and Wales, Scotland, Northern Ireland), each of which is the whole
 * criminal law for its territory. The uk assessment keeps its summary, provisions, penalty, gaps and
 * sources; its history is computed here, so the matrix, the views on a date, the changes, the feeds
 * and the open data all read the same derived grade.
 *
 * (The US states row is derived in the matrix from 51 states by the group rule in states.ts, which
 * reads a mix of known and unknown states as a count; the UK rule below never guesses past an unknown
 * legal system, since three parts are few enough to research them all.)
 */
import type { Assessment, Topic } from '../schemas';
import { COVERAGE_LABELS, JURISDICTION_LABELS, type ComparisonRowId, type CoverageGradeId } from '../vocab';
import { gradeOn, stepOn } from './assessments';
import { PART_GROUPS, gradeCounts, partsGrade, type PartGroup } from './states';

type Step = Assessment['history'][number];

/** Each derived row and the group of parts it is derived from. */
export const DERIVED_ROWS: ReadonlyMap<ComparisonRowId, PartGroup> = new Map(
  PART_GROUPS.filter((g) => g.parent === 'uk').map((g) => ['uk', g]),
);

/**
 * The grade of a whole from its parts' grades on one date: the grade the group rule (partsGrade in
 * states.ts) gives whatever the unknown parts turn out to be, else unknown. In effect:
 * - explicit when every part is explicit;
 * - partial when some part's law reaches the topic (explicit or partial) and some part's does not in
 *   full (a known grade other than explicit): no unknown part can change that;
 * - when every part is known: not-yet-applicable if any part is, else proposed if any part is, else none;
 * - unknown otherwise: a part not researched, searched without result, or not assessed on that date
 *   could change the grade.
 */
export function wholeGrade(grades: readonly CoverageGradeId[]): CoverageGradeId {
  const known = grades.filter((g) => g !== 'unknown');
  if (known.length === grades.length) return partsGrade(gradeCounts(grades), grades.length);
  const reaches = known.some((g) => g === 'explicit' || g === 'partial');
  return reaches && known.some((g) => g !== 'explicit') ? 'partial' : 'unknown';
}

/** "A, B and C". */
export const and = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

const lower = (g: CoverageGradeId) => COVERAGE_LABELS[g][0].toLowerCase() + COVERAGE_LABELS[g].slice(1);

/**
 * The history of a derived row: a step on each date where the whole's grade changes, from the parts'
 * histories. Its note says which part changed and why (the part's own note), and what each part's
 * grade is from then; its sources are those of the parts' steps on that date (a part's assessment
 * sources where its step cites none).
 */
export function derivedHistory(topic: Pick<Topic, 'assessments'>, group: PartGroup): Step[] {
  const parts = group.rows.map((row) => ({ row, a: topic.assessments.find((x) => x.row === row) }));
  const dates = [...new Set(parts.flatMap(({ a }) => a?.history.map((s) => s.from) ?? []))].sort();
  const out: Step[] = [];
  for (const from of dates) {
    const grades = parts.map(({ a }) => (a && gradeOn(a, from)) ?? 'unknown');
    const grade = wholeGrade(grades);
    if (out.at(-1)?.grade === grade) continue;
    const changed = parts.flatMap(({ row, a }) => {
      const step = a && stepOn(a, from);
      return a && step?.from === from ? [{ row, a, step }] : [];
    });
    // Parts that changed for the same stated reason share one sentence.
    const why = new Map<string, string[]>();
    for (const { row, step } of changed) why.set(step.note, [...(why.get(step.note) ?? []), JURISDICTION_LABELS[row]]);
    const each = parts
      .map(
        ({ row, a }, i) => `${JURISDICTION_LABELS[row]}, ${a && gradeOn(a, from) ? lower(grades[i]) : 'not assessed'}`,
      )
      .join('; ');
    out.push({
      from,
      grade,
      note: [
        ...[...why].map(([note, rows]) => `${and(rows)}: ${note}`),
        `Derived from the ${group.title}: ${each}.`,
      ].join(' '),
      sources: [...new Set(changed.flatMap(({ a, step }) => (step.sources.length ? step.sources : a.sources)))],
    });
  }
  return out;
}

/** The topic with each derived row's history computed from its parts (rows not derived are unchanged). */
export function withDerivedRows<T extends Pick<Topic, 'assessments'>>(topic: T): T {
  return {
    ...topic,
    assessments: topic.assessments.map((a) => {
      const group = DERIVED_ROWS.get(a.row);
      return group ? { ...a, history: derivedHistory(topic, group) } : a;
    }),
  };
}
