/**
 * View functions: what a page or component shows, computed from the knowledge base, so the
 * templates only render. Pure; data comes in as arguments.
 */
import type { Source } from '../schemas';
import { REVIEW_INTERVAL_DAYS, type StageId, type TopicId } from '../vocab';
import { inForceOn, stageOn } from './as-of';
import { daysBetween, type KnowledgeBase } from './kb';
import { assessmentEvidence, type Matrix, type MatrixCell } from './matrix';
import { refUrl } from './urls';

/** The sources with these ids, in order, each once; unknown ids are dropped (check:content reports them). */
export function resolveSources(all: readonly Source[], ids: readonly string[]): Source[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return [...new Set(ids)].map((id) => byId.get(id)).filter((s): s is Source => !!s);
}

/** Whether an entry last reviewed on `lastReviewed` is overdue for review on `today`. */
export function reviewOverdue(lastReviewed: string, today: string): boolean {
  return daysBetween(lastReviewed, today) > REVIEW_INTERVAL_DAYS;
}

export interface TopicTableRow {
  cell: MatrixCell;
  /** The provisions the assessment rests on, each with its link and label. */
  evidence: { href: string; label: string }[];
  /** The instruments behind that evidence, with their stage and in-force status on the table's date. */
  status: { shortTitle: string; stage: StageId; inForce: ReturnType<typeof inForceOn>; checked: string }[];
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
      const instruments = [...new Map(evidence.map((e) => [e.instrument.id, e.instrument])).values()];
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
        status: instruments.map((i) => ({
          shortTitle: i.shortTitle,
          stage: stageOn(i, matrix.date) ?? i.stage.value,
          inForce: inForceOn(i, matrix.date),
          checked: i.inForce.asOf,
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
