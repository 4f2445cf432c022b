/**
 * View functions: what a page or component shows, computed from the knowledge base, so the
 * templates only render. Pure; data comes in as arguments.
 */
import type { Reach, Source, Topic } from '../schemas';
import {
  COVERAGE_GRADES,
  JURISDICTION_IDS,
  JURISDICTION_INFO,
  JURISDICTION_LABELS,
  REVIEW_INTERVAL_DAYS,
  type PartOrder,
  type ComparisonRowId,
  type CoverageGradeId,
  type JurisdictionId,
  type TopicId,
} from '../vocab';
import { stepOn } from './assessments';
import { PART_GROUPS, partAssessments, partsSummary } from './states';
import { instrumentStatus, provisionStatus, type LegalStatus } from './status';
import { daysBetween, type KnowledgeBase } from './kb';
import { assessmentEvidence, type Matrix, type MatrixCell } from './matrix';
import { refUrl } from './urls';
import { tileMap } from './tile-map';

/** The sources with these ids, in order, each once; unknown ids are dropped (check:content reports them). */
export function resolveSources(all: readonly Source[], ids: readonly string[]): Source[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return [...new Set(ids)].map((id) => byId.get(id)).filter((s): s is Source => !!s);
}

/** A source's dates as a reader needs them apart: "published 2023-05-02; accessed 2026-11-21". */
export function sourceDates(s: Pick<Source, 'published' | 'accessed'>): string {
  return [
    s.published ? `published ${s.published}` : 'date of publication not recorded',
    s.accessed ? `accessed ${s.accessed}` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Whether an entry last reviewed on `lastReviewed` is overdue for review on `today`. */
export function reviewOverdue(lastReviewed: string, today: string): boolean {
  return daysBetween(lastReviewed, today) > REVIEW_INTERVAL_DAYS;
}

export interface TopicTableRow {
  cell: MatrixCell;
  /** The provisions the assessment rests on, each with its link and label. */
  evidence: { href: string; label: string }[];
  /**
   * Each provision's own status on the table's date (an instrument's status where the reference is to a
   * whole instrument), with the date it was last checked against a source.
   */
  status: { label: string; status: LegalStatus; checked: string }[];
  /** The number of the note on the gap, when there is one. */
  gapNote?: number;
}

/** The rows of a topic's table on the matrix's date, and the numbered notes on the gaps. */
export function topicTable(kb: KnowledgeBase, matrix: Matrix, topic: TopicId) {
  const notes: { n: number; row: MatrixCell['row']; text: string }[] = [];
  const rows: TopicTableRow[] = matrix.rows
    .map((r) => matrix.cells[topic]?.[r])
    .filter((c): c is MatrixCell => !!c)
    .map((cell) => {
      const evidence = assessmentEvidence(kb, cell.assessment);
      let gapNote: number | undefined;
      if (cell.assessment.gaps) {
        gapNote = notes.length + 1;
        notes.push({ n: gapNote, row: cell.row, text: cell.assessment.gaps });
      }
      return {
        cell,
        evidence: evidence.map((e) => ({
          href: refUrl(e.ref),
          label: `${e.instrument.shortTitle}${e.provision ? `, ${e.provision.label}` : ''}`,
        })),
        status: evidence.map(({ instrument: i, provision: p }) => ({
          label: `${i.shortTitle}${p ? `, ${p.label}` : ''}`,
          status: p ? provisionStatus(i, p, matrix.date) : instrumentStatus(i, matrix.date),
          checked: p?.inForce?.asOf ?? i.inForce.asOf,
        })),
        gapNote,
      };
    });
  return { rows, notes };
}

/**
 * The dates behind a status shown for a view date: the view date, and when the fact was last checked
 * against its sources where that differs, so a status checked in November never reads as confirmed in
 * December.
 */
export function asOfDates(view: string, checked: string): { view: string; checked?: string } {
  return checked === view ? { view } : { view, checked };
}

/** Corrections and updates to our entries (changes of kind "entry"), newest first, for the corrections log. */
export function entryChangeLog(kb: KnowledgeBase) {
  return kb.instruments
    .flatMap((inst) =>
      inst.changes
        .filter((c) => c.kind === 'entry')
        .map((c) => ({ date: c.date, instrument: inst, summary: c.summary, sources: c.sources })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.instrument.shortTitle.localeCompare(b.instrument.shortTitle));
}

/** One row of a topic's table of parts (states, member states, legal systems). */
export interface StateTableRow {
  row: ComparisonRowId;
  /** The part's grade on the date, or unknown when it is not assessed. */
  grade: CoverageGradeId;
  since?: string;
  /**
   * The date the grade took effect, when known: a grade dated on the day the assessment was made
   * records what was found that day, not when the law took effect, and gives none.
   */
  tookEffect?: string;
  reach?: Reach;
  statutes: { href: string; label: string }[];
  summary?: string;
  unverified?: string;
}

/**
 * A topic's tables of parts on `date`: one per group with any assessed row, every row of the group
 * listed, with the group's tile map where it has one.
 */
export function partTables(kb: KnowledgeBase, topic: Topic, date: string) {
  return PART_GROUPS.flatMap((group) => {
    const byRow = partAssessments(topic, group);
    const summary = partsSummary(topic, date, group);
    if (!byRow.size || !summary) return [];
    const rows: StateTableRow[] = group.rows.map((row) => {
      const a = byRow.get(row);
      if (!a) return { row, grade: 'unknown', statutes: [] };
      const step = stepOn(a, date);
      return {
        row,
        grade: step?.grade ?? 'unknown',
        since: step?.from,
        tookEffect: step && step.from !== a.asOf ? step.from : undefined,
        reach: step?.reach,
        statutes: assessmentEvidence(kb, a).map((e) => ({
          href: refUrl(e.ref),
          label: e.provision?.label ?? e.instrument.shortTitle,
        })),
        summary: a.summary,
        unverified: a.unverified,
      };
    });
    // The tiles link to the rows of the table, which is on the same page.
    const map = tileMap(topic, group.id, date, (row) => `#row-${row}`);
    return [{ group, rows, summary: summary.sentence, map }];
  });
}

/**
 * The rows in an order: by name; by grade (fullest coverage first), then name; or by the date the
 * grade took effect (oldest first, those without a known date last), then name.
 */
export function orderParts(rows: readonly StateTableRow[], order: PartOrder): StateTableRow[] {
  const name = (r: StateTableRow) => JURISDICTION_LABELS[r.row];
  const byName = (a: StateTableRow, b: StateTableRow) => name(a).localeCompare(name(b), 'en');
  const cmp: Record<PartOrder, (a: StateTableRow, b: StateTableRow) => number> = {
    'by-name': byName,
    'by-grade': (a, b) => COVERAGE_GRADES.indexOf(a.grade) - COVERAGE_GRADES.indexOf(b.grade) || byName(a, b),
    'by-year': (a, b) => (a.tookEffect ?? '9999').localeCompare(b.tookEffect ?? '9999') || byName(a, b),
  };
  return [...rows].sort(cmp[order]);
}

/** Every jurisdiction that gets a page: the roots, and any state, member state or legal system with content. */
export function jurisdictionsWithPages(kb: KnowledgeBase): JurisdictionId[] {
  const used = new Set<string>([
    ...kb.instruments.map((i) => i.jurisdiction),
    ...kb.topics.flatMap((t) => t.assessments.map((a) => a.row)),
  ]);
  return JURISDICTION_IDS.filter(
    (id) => JURISDICTION_INFO[id].parent === null || (used.has(id) && id !== 'us-federal' && id !== 'us-states'),
  );
}

/** A state's (or member state's, or legal system's) page: its grade on every topic, with the evidence. */
export function subJurisdictionView(kb: KnowledgeBase, id: ComparisonRowId, date: string) {
  const topics = kb.topics
    .map((t) => {
      const a = t.assessments.find((x) => x.row === id);
      if (!a) return undefined;
      const step = stepOn(a, date);
      return {
        topic: t.id,
        grade: step?.grade ?? ('unknown' as CoverageGradeId),
        since: step?.from,
        reach: step?.reach,
        assessment: a,
        statutes: assessmentEvidence(kb, a).map((e) => ({
          href: refUrl(e.ref),
          label: e.provision?.label ?? e.instrument.shortTitle,
        })),
        sources: resolveSources(kb.sources, a.sources),
      };
    })
    .filter((x) => !!x);
  const instruments = kb.instruments.filter((i) => i.jurisdiction === id);
  const events = instruments
    .flatMap((i) => i.timeline.map((e) => ({ ...e, instrument: i })))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { topics, instruments, events };
}
