/**
 * The law at any date: key dates (where the comparison can change), the nearest key date for an
 * arbitrary date, and what changed between two dates. All derived from the dated data.
 */
import { COMPARISON_ROWS, TOPICS, type ComparisonRowId, type CoverageGradeId, type TopicId } from '../vocab';
import { sortedTimeline } from './as-of';
import { gradeOn } from './assessments';
import type { KnowledgeBase } from './kb';

/** The earliest date the views cover. */
export const HISTORY_START = '2000-01-01';

/** Each 31 December from 2000 to the end of `today`'s year. */
function yearEnds(today: string): string[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - 1999 }, (_, i) => `${2000 + i}-12-31`);
}

/** Dates on which a topic's grades change (from its assessments' history), on or after HISTORY_START. */
function gradeChangeDates(kb: Pick<KnowledgeBase, 'topics'>, topic?: TopicId): string[] {
  const topics = topic ? kb.topics.filter((t) => t.id === topic) : kb.topics;
  return topics
    .flatMap((t) => t.assessments.flatMap((a) => a.history.map((h) => h.from)))
    .filter((d) => d >= HISTORY_START);
}

/** Key dates: every year end and every date where a cell changes, sorted, unique. */
export function keyDates(kb: Pick<KnowledgeBase, 'topics'>, today: string, topic?: TopicId): string[] {
  return [...new Set([...yearEnds(today), ...gradeChangeDates(kb, topic)])].sort();
}

/** The last key date on or before `date`: the pre-rendered view that holds on `date`. */
export function keyDateFor(dates: readonly string[], date: string): string | undefined {
  let found: string | undefined;
  for (const d of dates) {
    if (d > date) break;
    found = d;
  }
  return found;
}

export interface CellChange {
  date: string;
  topic: TopicId;
  row: ComparisonRowId;
  before: CoverageGradeId | 'unknown';
  after: CoverageGradeId;
  note: string;
  sources: string[];
}

export interface EventChange {
  date: string;
  instrument: string;
  title: string;
  type: string;
  event: string;
  sources: string[];
}

/** The years in which anything changed (a grade or a dated event), newest first: one page of changes each. */
export function changeYears(kb: KnowledgeBase): string[] {
  const all = changesBetween(kb, '1900-01-01', '9999-12-31');
  return [...new Set([...all.cells, ...all.events].map((c) => c.date.slice(0, 4)))].sort().reverse();
}

/** Cell grade changes and timeline events with `from` < date <= `to`, oldest first. */
export function changesBetween(
  kb: KnowledgeBase,
  from: string,
  to: string,
): { cells: CellChange[]; events: EventChange[] } {
  const cells: CellChange[] = [];
  for (const t of kb.topics) {
    if (!(TOPICS as readonly string[]).includes(t.id)) continue;
    for (const a of t.assessments) {
      for (const step of a.history) {
        if (step.from <= from || step.from > to) continue;
        const prev = new Date(Date.parse(`${step.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        const before = gradeOn(a, prev) ?? 'unknown';
        if (before === step.grade) continue;
        cells.push({
          date: step.from,
          topic: t.id as TopicId,
          row: a.row,
          before,
          after: step.grade,
          note: step.note,
          sources: step.sources.length ? step.sources : a.sources,
        });
      }
    }
  }
  const events: EventChange[] = kb.instruments.flatMap((i) =>
    sortedTimeline(i)
      .filter((e) => e.date > from && e.date <= to)
      .map((e) => ({
        date: e.date,
        instrument: i.id,
        title: i.title,
        type: e.type,
        event: e.event,
        sources: e.sources,
      })),
  );
  const order = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
  cells.sort(
    (a, b) =>
      order(a, b) ||
      TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic) ||
      COMPARISON_ROWS.indexOf(a.row) - COMPARISON_ROWS.indexOf(b.row),
  );
  events.sort(order);
  return { cells, events };
}
