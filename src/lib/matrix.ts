/**
 * The comparison matrix and the gap list, derived from topic assessments for a given date.
 * Nothing is stored per date: the grade on a date comes from each assessment's dated history.
 */
import type { Assessment, Topic } from '../schemas';
import {
  COMPARISON_ROWS,
  COMPARISON_ROW_LABELS,
  COVERAGE_LABELS,
  GAP_GRADES,
  TOPICS,
  TOPIC_LABELS,
  JURISDICTION_INFO,
  ROW_IDS,
  type ComparisonRowId,
  type CoverageGradeId,
  type RootJurisdictionId,
  type TopicId,
} from '../vocab';
import { nextGradeChange, stepOn } from './assessments';
import type { KnowledgeBase } from './kb';
import { resolveRef } from './kb';
import { PART_GROUPS, partsSummary, type PartGroup } from './states';

export interface MatrixCell {
  topic: TopicId;
  row: ComparisonRowId;
  /** The grade on the matrix date; "unknown" before the assessment's first dated step. */
  grade: CoverageGradeId;
  /** Why the grade holds on that date. */
  note: string;
  /** The date the grade took effect, if assessed by then. */
  since?: string;
  /** The next scheduled change of grade after the date, e.g. when adopted law starts to apply. */
  next?: { from: string; grade: CoverageGradeId; note: string };
  assessment: Assessment;
  /**
   * For a row whose parts are rows of their own (the UK, the US states, the EU): how many parts cover
   * the topic, and the anchor of their table. The US states row also takes its grade from them.
   */
  parts?: { sentence: string; short: string; anchor: string };
}

export interface Matrix {
  date: string;
  topics: TopicId[];
  rows: readonly ComparisonRowId[];
  cells: Record<TopicId, Record<ComparisonRowId, MatrixCell>>;
}

/** One cell from an assessment, on a date. */
function cellOn(topic: TopicId, a: Assessment, date: string): MatrixCell {
  const step = stepOn(a, date);
  const next = nextGradeChange(a, date);
  return {
    topic,
    row: a.row,
    grade: step?.grade ?? 'unknown',
    note: step?.note ?? 'Not assessed for this date.',
    since: step?.from,
    next: next && { from: next.from, grade: next.grade, note: next.note },
    assessment: a,
  };
}

/**
 * The matrix of every topic x row on `date`: the default rows, or with `allRows` every row any topic
 * assesses (states, member states...). The US states summary row takes its grade from the state rows
 * where a topic has them. Topics without a file are skipped (check:content reports them).
 */
export function buildMatrix(kb: Pick<KnowledgeBase, 'topics'>, date: string, allRows = false): Matrix {
  const byId = new Map(kb.topics.map((t) => [t.id, t]));
  const topics = TOPICS.filter((t) => byId.has(t));
  const assessed = new Set(kb.topics.flatMap((t) => t.assessments.map((a) => a.row)));
  const rows = allRows ? ROW_IDS.filter((r) => COMPARISON_ROWS.includes(r) || assessed.has(r)) : COMPARISON_ROWS;
  const cells = {} as Matrix['cells'];
  for (const tid of topics) {
    const topic = byId.get(tid) as Topic;
    cells[tid] = {} as Record<ComparisonRowId, MatrixCell>;
    for (const row of rows) {
      const a = topic.assessments.find((x) => x.row === row);
      if (!a) continue;
      const cell = cellOn(tid, a, date);
      const group = PART_GROUPS.find((g) => row === g.parent || (row === 'us-states' && g.parent === 'us'));
      const summary = group && partsSummary(topic, date, group);
      const parts =
        summary && group ? { sentence: summary.sentence, short: summary.short, anchor: group.id } : undefined;
      cells[tid][row] =
        summary && JURISDICTION_INFO[row].kind === 'states-summary'
          ? { ...cell, grade: summary.grade, note: summary.sentence, since: undefined, next: undefined, parts }
          : parts
            ? { ...cell, parts }
            : cell;
    }
  }
  return { date, topics, rows, cells };
}

/**
 * What a cell's next scheduled change of grade is, in words: the date, the grade before and the grade after
 * ("On 2026-12-02 this changes from “Adopted, not yet applicable” to “Covered partly or indirectly”").
 */
export function gradeChangeText(cell: Pick<MatrixCell, 'grade' | 'next'>): string | undefined {
  if (!cell.next) return undefined;
  return (
    `On ${cell.next.from} this changes from “${COVERAGE_LABELS[cell.grade]}” ` +
    `to “${COVERAGE_LABELS[cell.next.grade]}”`
  );
}

/** The matrix of one group of parts (legal systems, states, member states), shown folded under its parent. */
export interface PartsMatrix {
  group: PartGroup;
  /** The group's assessed rows, and the topics that assess any of them. */
  matrix: Matrix;
  /** Per topic, how many parts have each grade: "Covered explicitly in 14, partly in 29 ... of 51". */
  lines: { topic: TopicId; sentence: string }[];
}

/** The matrices of the groups of parts on `date` (of the given parents only, if given), skipping empty groups. */
export function partsMatrices(
  kb: Pick<KnowledgeBase, 'topics'>,
  date: string,
  parents?: readonly RootJurisdictionId[],
): PartsMatrix[] {
  const m = buildMatrix(kb, date, true);
  return PART_GROUPS.filter((g) => !parents || parents.includes(g.parent)).flatMap((group) => {
    const rows = group.rows.filter((r) => m.topics.some((t) => m.cells[t][r]));
    const topics = m.topics.filter((t) => rows.some((r) => m.cells[t][r]));
    if (!rows.length) return [];
    const lines = topics.flatMap((t) => {
      const s = partsSummary(
        kb.topics.find((x) => x.id === t)!,
        date,
        group,
      );
      return s ? [{ topic: t, sentence: s.sentence }] : [];
    });
    return [{ group, matrix: { ...m, topics, rows }, lines }];
  });
}

/** A cell short of full coverage, with a paragraph an NGO can paste into a submission. */
export interface Gap {
  cell: MatrixCell;
  paragraph: string;
  /** The assessment's sources; none for a cell not yet established (nothing to cite but what was searched). */
  sources: string[];
  /** False for a cell whose position is not established (grade "unknown"): a gap in knowledge, not in law. */
  established: boolean;
}

const GRADE_PHRASE: Record<CoverageGradeId, string> = {
  explicit: 'covers this explicitly',
  partial: 'covers this only in part or indirectly',
  'not-yet-applicable': 'has adopted law on this that does not yet apply',
  proposed: 'addresses this only in a bill or proposal that is not law',
  none: 'does not address this',
  unknown: 'has not been established on this: it was not researched, or nothing was found',
};

/** The citable paragraph for one gap. */
function gapParagraph(cell: MatrixCell, date: string): string {
  const a = cell.assessment;
  const next = cell.next
    ? ` From ${cell.next.from} the position is expected to be: ${COVERAGE_LABELS[cell.next.grade].toLowerCase()}.`
    : '';
  return (
    `${TOPIC_LABELS[cell.topic]}: as of ${date}, the law of the ${COMPARISON_ROW_LABELS[cell.row]} ` +
    `${GRADE_PHRASE[cell.grade]}.${cell.parts ? ` ${cell.parts.sentence}.` : ''} ${a.gaps ?? ''}${next}`
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Every topic x row short of full coverage on `date`, in topic then row order. */
export function gapList(kb: Pick<KnowledgeBase, 'topics'>, date: string): Gap[] {
  const m = buildMatrix(kb, date);
  const out: Gap[] = [];
  for (const t of m.topics) {
    for (const r of m.rows) {
      const cell = m.cells[t][r];
      if (cell && GAP_GRADES.includes(cell.grade)) {
        const established = cell.grade !== 'unknown';
        out.push({
          cell,
          paragraph: gapParagraph(cell, date),
          sources: established ? cell.assessment.sources : [],
          established,
        });
      }
    }
  }
  return out;
}

/** Resolved provisions an assessment rests on (dangling references are dropped; check:content reports them). */
export function assessmentEvidence(kb: KnowledgeBase, a: Assessment) {
  return a.provisions.flatMap((ref) => {
    const r = resolveRef(kb, ref);
    return r ? [{ ref, instrument: r.instrument, provision: r.provision }] : [];
  });
}
