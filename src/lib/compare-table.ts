/**
 * The compare view's table and CSV, from the rows' comparison data: shared by the page at build time
 * and the browser (which fetches /api/compare/rows/<id>.json), so it imports no knowledge base. Pure.
 */
import type { ProvisionStatus } from './provision-status';
import {
  COVERAGE_LABELS,
  TOPICS,
  TOPIC_LABELS,
  type ComparisonRowId,
  type CoverageGradeId,
  type TopicId,
} from '../vocab';
import { toCsv } from './csv';
import { urls } from './urls';

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

/** A provision as a compare cell shows it: its citation, where it is, where its text is, its own status. */
export interface CompareProvision {
  /** "SOA 2003, Section 46A" */
  label: string;
  /** Its place on this site. */
  href: string;
  /** The pinpoint link to the official text, where there is one. */
  official?: string;
  /** Its own status on the comparison's date; none where a whole instrument is cited. */
  status?: ProvisionStatus;
  /** What is not confirmed about the provision, where something is not. */
  unverified?: string;
}

/** A source as a compare view lists it. */
export interface CompareSource {
  id: string;
  title: string;
  publisher: string;
  /** Its dates as readers see them: "published 2023-05-02; accessed 2026-11-21". */
  dates: string;
  url: string;
  official: boolean;
}

/** One topic for one row on the comparison's date. */
export interface CompareCell {
  grade: CoverageGradeId;
  /** The date the grade took effect. */
  since?: string;
  /** The next scheduled change of grade. */
  next?: { from: string; grade: CoverageGradeId };
  /** For a row made of parts (the UK, the US states, the EU): how many parts cover the topic. */
  parts?: string;
  summary: string;
  penalty?: string;
  gaps?: string;
  /** What the assessment rests on that is not confirmed. */
  unverified?: string;
  /** The date the assessment was last checked. */
  checked: string;
  provisions: CompareProvision[];
  /** Source ids, resolved in the row's `sources`. */
  sources: string[];
  /** The topic page's row for this cell. */
  href: string;
}

/** One row of the comparison: its cells by topic and the sources they cite. What /api/compare/rows/<id>.json holds. */
export interface RowComparison {
  date: string;
  row: ComparisonRowId;
  name: string;
  /** The jurisdiction's page (its parent's for US federal law and the states summary). */
  page: string;
  cells: Partial<Record<TopicId, CompareCell>>;
  sources: Record<string, CompareSource>;
}

/** The comparison table of the chosen rows: topics down, rows across, sources numbered once in order of use. */
export function comparisonTable(rows: readonly RowComparison[]) {
  const topics = TOPICS.filter((t) => rows.some((r) => r.cells[t])).map((t) => ({
    id: t,
    label: TOPIC_LABELS[t],
    href: urls.topic(t),
    cells: rows.map((r) => r.cells[t]),
  }));
  const sources: CompareSource[] = [];
  const numbers = new Map<string, number>();
  for (const t of topics) {
    t.cells.forEach((c, i) => {
      for (const id of c?.sources ?? []) {
        const s = rows[i].sources[id];
        if (s && !numbers.has(id)) {
          sources.push(s);
          numbers.set(id, sources.length);
        }
      }
    });
  }
  return {
    date: rows[0]?.date ?? '',
    rows: rows.map((r) => ({ id: r.row, name: r.name, page: r.page })),
    topics,
    sources,
    numbers,
  };
}
export type ComparisonTable = ReturnType<typeof comparisonTable>;

export const COMPARISON_CSV_COLUMNS = [
  'as_of',
  'topic',
  'topic_label',
  'jurisdiction',
  'jurisdiction_name',
  'grade',
  'grade_label',
  'since',
  'next_change',
  'parts',
  'summary',
  'penalty',
  'gaps',
  'unverified',
  'last_checked',
  'provisions',
  'sources',
  'page',
] as const;

/**
 * The comparison shown, as CSV (one line per topic and jurisdiction, escaped by src/lib/csv.ts).
 * Links are absolute from `site` (the origin the table is read on).
 */
export function comparisonCsv(table: ComparisonTable, site: string): string {
  const lines = table.topics.flatMap((t) =>
    t.cells.flatMap((c, i) => {
      if (!c) return [];
      const row = table.rows[i];
      return [
        {
          as_of: table.date,
          topic: t.id,
          topic_label: t.label,
          jurisdiction: row.id,
          jurisdiction_name: row.name,
          grade: c.grade,
          grade_label: COVERAGE_LABELS[c.grade],
          since: c.since ?? '',
          next_change: c.next ? `${COVERAGE_LABELS[c.next.grade]} from ${c.next.from}` : '',
          parts: c.parts ?? '',
          summary: c.summary,
          penalty: c.penalty ?? '',
          gaps: c.gaps ?? '',
          unverified: c.unverified ?? '',
          last_checked: c.checked,
          provisions: c.provisions.map((p) => {
            const notes = [p.status?.text, p.unverified && `unverified: ${p.unverified}`].filter(Boolean);
            return `${p.label}${notes.length ? ` (${notes.join('; ')})` : ''}${p.official ? ` ${p.official}` : ''}`;
          }),
          sources: c.sources.flatMap((id) => {
            const s = table.sources.find((x) => x.id === id);
            return s
              ? [`${s.title} (${s.publisher}; ${s.official ? 'official' : 'secondary'}; ${s.dates}) ${s.url}`]
              : [];
          }),
          page: site + c.href,
        },
      ];
    }),
  );
  return toCsv(COMPARISON_CSV_COLUMNS, lines);
}

/** A file name for the CSV of a comparison: "compare-us-va-us-tx-uk-2026-12-01.csv". */
export function comparisonFileName(table: Pick<ComparisonTable, 'rows' | 'date'>): string {
  return `compare-${table.rows.map((r) => r.id).join('-')}-${table.date}.csv`;
}
