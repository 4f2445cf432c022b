/**
 * What needs a person's attention, soonest first: entries past their review interval, dated events in
 * the coming days (a ban that starts applying, a transposition deadline, a commencement, a grade that
 * changes), unverified markers by instrument, and sources not checked for a year. Pure; `npm run
 * review` prints it.
 */
import {
  REVIEW_INTERVAL_DAYS,
  COMPARISON_ROW_LABELS,
  EVENT_TYPE_LABELS,
  COVERAGE_LABELS,
  TOPIC_LABELS,
} from '../vocab';
import { daysBetween, type KnowledgeBase } from './kb';
import { urls } from './urls';

/** How old a source's last check may be, in days, before it is listed. */
export const SOURCE_CHECK_DAYS = 365;

export type ReviewKind = 'overdue' | 'upcoming' | 'unverified' | 'source';

export interface ReviewItem {
  kind: ReviewKind;
  /** When it is due (past for overdue items); undefined for unverified markers, which have no date. */
  due?: string;
  /** What it concerns: an instrument, topic or source title. */
  subject: string;
  /** What to do or what happens. */
  detail: string;
  /** Where to look on the site (or the source's address). */
  url: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every review item on `today`, dated items soonest first, then the unverified markers by instrument. */
export function reviewItems(kb: KnowledgeBase, today: string, horizonDays = 60): ReviewItem[] {
  const until = addDays(today, horizonDays);
  const soon = (d: string | undefined) => !!d && d > today && d <= until;
  const out: ReviewItem[] = [];

  for (const e of [
    ...kb.instruments.map((i) => ({ title: i.shortTitle, lastReviewed: i.lastReviewed, url: urls.instrument(i.id) })),
    ...kb.topics.map((t) => ({ title: TOPIC_LABELS[t.id], lastReviewed: t.lastReviewed, url: urls.topic(t.id) })),
  ]) {
    const due = addDays(e.lastReviewed, REVIEW_INTERVAL_DAYS);
    if (due < today) {
      out.push({ kind: 'overdue', due, subject: e.title, detail: `last reviewed ${e.lastReviewed}`, url: e.url });
    }
  }

  for (const inst of kb.instruments) {
    for (const ev of inst.timeline.filter((ev) => soon(ev.date))) {
      const detail = `${EVENT_TYPE_LABELS[ev.type]}: ${ev.event}`;
      out.push({ kind: 'upcoming', due: ev.date, subject: inst.shortTitle, detail, url: urls.instrument(inst.id) });
    }
    for (const p of inst.provisions.filter((p) => soon(p.inForce?.from))) {
      const detail = `${p.label} applies from this date`;
      out.push({
        kind: 'upcoming',
        due: p.inForce!.from,
        subject: inst.shortTitle,
        detail,
        url: urls.provision(inst.id, p.id),
      });
    }
    const markers = [
      inst.unverified && `entry: ${inst.unverified}`,
      inst.stage.unverified && `stage: ${inst.stage.unverified}`,
      inst.inForce.unverified && `in force: ${inst.inForce.unverified}`,
      ...inst.timeline.map((ev) => ev.unverified && `${ev.date} ${ev.type}: ${ev.unverified}`),
      ...inst.provisions.map((p) => p.unverified && `${p.label}: ${p.unverified}`),
      ...inst.provisions.map((p) => p.inForce?.unverified && `${p.label} in force: ${p.inForce.unverified}`),
    ].filter((m): m is string => !!m);
    for (const m of markers) {
      out.push({ kind: 'unverified', subject: inst.shortTitle, detail: m, url: urls.instrument(inst.id) });
    }
  }

  for (const t of kb.topics) {
    for (const a of t.assessments) {
      for (const step of a.history.filter((s) => soon(s.from))) {
        out.push({
          kind: 'upcoming',
          due: step.from,
          subject: `${TOPIC_LABELS[t.id]}, ${COMPARISON_ROW_LABELS[a.row]}`,
          detail: `grade becomes "${COVERAGE_LABELS[step.grade]}": ${step.note}`,
          url: urls.topicRow(t.id, a.row),
        });
      }
    }
  }

  for (const s of kb.sources) {
    const checked = (s.accessed ?? s.published) as string;
    if (daysBetween(checked, today) > SOURCE_CHECK_DAYS) {
      const due = addDays(checked, SOURCE_CHECK_DAYS);
      out.push({
        kind: 'source',
        due,
        subject: s.title,
        detail: `source "${s.id}" last checked ${checked}`,
        url: s.url,
      });
    }
  }

  const order: Record<ReviewKind, number> = { overdue: 0, upcoming: 1, source: 2, unverified: 3 };
  return out.sort(
    (a, b) =>
      (a.due === undefined ? 1 : 0) - (b.due === undefined ? 1 : 0) ||
      (a.due ?? '').localeCompare(b.due ?? '') ||
      order[a.kind] - order[b.kind] ||
      a.subject.localeCompare(b.subject),
  );
}
