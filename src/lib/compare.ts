/** Side-by-side comparison data: jurisdictions (rows) or instruments, topic by topic. Pure. */
import type { Instrument, Provision } from '../schemas';
import { COMPARISON_ROWS, TOPICS, type ComparisonRowId, type TopicId } from '../vocab';
import type { KnowledgeBase } from './kb';
import { buildMatrix, type MatrixCell } from './matrix';

/** At most this many columns side by side, so the table stays readable. */
export const MAX_COMPARE = 3;

/** Parses a selection from URL parameters: "?rows=uk,eu" or "?rows=uk&rows=eu"; unknown ids dropped, at most MAX_COMPARE. */
export function parseSelection(params: URLSearchParams, key: string, allowed: readonly string[]): string[] {
  const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => allowed.includes(v));
  return [...new Set(values)].slice(0, MAX_COMPARE);
}

export function compareJurisdictions(kb: KnowledgeBase, date: string, rows: readonly ComparisonRowId[] = COMPARISON_ROWS) {
  const m = buildMatrix(kb, date);
  return m.topics.map((t) => ({ topic: t, cells: rows.map((r) => m.cells[t][r]).filter((c): c is MatrixCell => !!c) }));
}

/** For each topic, each instrument's provisions on it. */
export function compareInstruments(instruments: readonly Instrument[]) {
  return TOPICS.map((t: TopicId) => ({
    topic: t,
    cells: instruments.map((i) => ({ instrument: i, provisions: i.provisions.filter((p: Provision) => p.topics.includes(t)) })),
  })).filter((row) => row.cells.some((c) => c.provisions.length));
}
