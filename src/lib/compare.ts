/**
 * Side-by-side comparison data: jurisdiction rows (any of them: roots, legal systems, states, member
 * states) or instruments, topic by topic, with each cell's provisions, their own status and its
 * sources, and the comparison as CSV. Pure.
 */
import type { Instrument, Provision } from '../schemas';
import {
  COMPARISON_ROWS,
  JURISDICTION_LABELS,
  ROOT_JURISDICTIONS,
  ROW_IDS,
  TOPICS,
  TOPIC_LABELS,
  rootJurisdiction,
  type ComparisonRowId,
  type TopicId,
} from '../vocab';
import { urls } from './urls';
import type { KnowledgeBase } from './kb';
import { assessmentEvidence, buildMatrix, type MatrixCell } from './matrix';
import { provisionStatus } from './provision-status';
import { jurisdictionsWithPages, resolveSources, sourceDates } from './views';
import { PART_GROUPS } from './states';
import type { CompareCell, CompareProvision, RowComparison } from './compare-table';

export * from './compare-table';

/** Every row any topic assesses, in vocabulary order: what the compare form offers. */
export function comparableRows(kb: Pick<KnowledgeBase, 'topics'>): ComparisonRowId[] {
  const assessed = new Set<string>(kb.topics.flatMap((t) => t.assessments.map((a) => a.row)));
  return ROW_IDS.filter((r) => assessed.has(r));
}

/** The comparable rows grouped by root, for a form of 80+ choices: each root's own rows first, then its parts. */
export function compareRowGroups(kb: Pick<KnowledgeBase, 'topics'>) {
  const rows = comparableRows(kb);
  return ROOT_JURISDICTIONS.map((root) => {
    const mine = rows.filter((r) => rootJurisdiction(r) === root);
    return {
      root,
      label: JURISDICTION_LABELS[root],
      /** What its parts are called: "US states and DC". */
      partsLabel: PART_GROUPS.find((g) => g.parent === root)?.title ?? `${JURISDICTION_LABELS[root]}: parts`,
      main: mine.filter((r) => COMPARISON_ROWS.includes(r)),
      parts: mine.filter((r) => !COMPARISON_ROWS.includes(r)),
    };
  }).filter((g) => g.main.length + g.parts.length > 0);
}

function cellOf(kb: KnowledgeBase, cell: MatrixCell, date: string): CompareCell {
  const a = cell.assessment;
  const provisions = assessmentEvidence(kb, a).map(({ ref, instrument, provision }) =>
    provision
      ? compareProvision(ref, instrument, provision, date)
      : // A whole instrument cited: its page and official text, and no status (it has no single one).
        { label: instrument.shortTitle, href: urls.instrument(instrument.id), official: instrument.officialUrl },
  );
  return {
    grade: cell.grade,
    ...(cell.since ? { since: cell.since } : {}),
    ...(cell.next ? { next: { from: cell.next.from, grade: cell.next.grade } } : {}),
    ...(cell.parts ? { parts: cell.parts.sentence } : {}),
    summary: a.summary,
    ...(a.penalty ? { penalty: a.penalty } : {}),
    ...(a.gaps ? { gaps: a.gaps } : {}),
    ...(a.unverified ? { unverified: a.unverified } : {}),
    checked: a.asOf,
    provisions,
    sources: [...new Set(a.sources)],
    href: urls.topicRow(cell.topic, cell.row),
  };
}

function compareProvision(ref: string, inst: Instrument, p: Provision, date: string): CompareProvision {
  const [, anchor] = ref.split('#');
  return {
    label: `${inst.shortTitle}, ${p.label}`,
    href: urls.provision(inst.id, anchor),
    ...(p.url ? { official: p.url } : {}),
    status: provisionStatus(inst, p, date),
    ...(p.unverified ? { unverified: p.unverified } : {}),
  };
}

/** The comparison data of each row on `date` (by default every comparable row). */
export function compareRows(
  kb: KnowledgeBase,
  date: string,
  rows: readonly ComparisonRowId[] = comparableRows(kb),
): RowComparison[] {
  const m = buildMatrix(kb, date, true);
  const pages = new Set<string>(jurisdictionsWithPages(kb));
  return rows.map((row) => {
    const cells: RowComparison['cells'] = {};
    for (const t of m.topics) {
      const c = m.cells[t][row];
      if (c) cells[t] = cellOf(kb, c, date);
    }
    const ids = Object.values(cells).flatMap((c) => c.sources);
    const sources = Object.fromEntries(
      resolveSources(kb.sources, ids).map((s) => [
        s.id,
        {
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          dates: sourceDates(s),
          url: s.url,
          official: s.official,
        },
      ]),
    );
    const page = pages.has(row) ? row : rootJurisdiction(row);
    return { date, row, name: JURISDICTION_LABELS[row], page: urls.jurisdiction(page), cells, sources };
  });
}

/**
 * Data for comparing instruments in the browser: each instrument's provisions, grouped by topic, with
 * their own status on `date` and the pinpoint link to their official text.
 */
export function instrumentCompareData(instruments: readonly Instrument[], date: string) {
  return {
    topics: TOPICS.map((t) => ({ id: t, label: TOPIC_LABELS[t], url: urls.topic(t) })),
    instruments: instruments.map((i) => ({
      id: i.id,
      title: i.title,
      shortTitle: i.shortTitle,
      jurisdiction: i.jurisdiction,
      url: urls.instrument(i.id),
      byTopic: Object.fromEntries(
        TOPICS.map((t) => [
          t,
          i.provisions
            .filter((p: Provision) => p.topics.includes(t))
            .map((p) => ({
              label: p.label,
              title: p.title,
              penalty: p.penalty ?? '',
              url: urls.provision(i.id, p.id),
              status: provisionStatus(i, p, date).text,
              official: p.url ?? '',
            })),
        ]).filter(([, ps]) => (ps as unknown[]).length),
      ) as Partial<
        Record<
          TopicId,
          { label: string; title: string; penalty: string; url: string; status: string; official: string }[]
        >
      >,
    })),
  };
}
export type InstrumentCompareData = ReturnType<typeof instrumentCompareData>;
