/** Side-by-side comparison data: jurisdictions (rows) or instruments, topic by topic. Pure. */
import type { Instrument, Provision } from '../schemas';
import { COMPARISON_ROWS, TOPICS, TOPIC_LABELS, type ComparisonRowId, type TopicId } from '../vocab';
import { urls } from './urls';
import type { KnowledgeBase } from './kb';
import { buildMatrix, type MatrixCell } from './matrix';

/** At most this many columns side by side, so the table stays readable. */
export const MAX_COMPARE = 3;

/**
 * Parses a selection from URL parameters: "?rows=uk,eu" or "?rows=uk&rows=eu"; unknown ids dropped, at most
 * MAX_COMPARE.
 */
export function parseSelection(params: URLSearchParams, key: string, allowed: readonly string[]): string[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => allowed.includes(v));
  return [...new Set(values)].slice(0, MAX_COMPARE);
}

export function compareJurisdictions(
  kb: KnowledgeBase,
  date: string,
  rows: readonly ComparisonRowId[] = COMPARISON_ROWS,
) {
  const m = buildMatrix(kb, date);
  return m.topics.map((t) => ({ topic: t, cells: rows.map((r) => m.cells[t][r]).filter((c): c is MatrixCell => !!c) }));
}

/** Data for comparing instruments in the browser: each instrument's provisions, grouped by topic. */
export function instrumentCompareData(instruments: readonly Instrument[]) {
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
            })),
        ]).filter(([, ps]) => (ps as unknown[]).length),
      ) as Partial<Record<TopicId, { label: string; title: string; penalty: string; url: string }[]>>,
    })),
  };
}
export type InstrumentCompareData = ReturnType<typeof instrumentCompareData>;
