/** Every dated event across jurisdictions on one axis, with filters and the layout of the chart. */
import type { KnowledgeBase } from './kb';
import { instrumentTopics } from './instruments';
import { sortedTimeline } from './as-of';
import {
  ROOT_JURISDICTIONS,
  rootJurisdiction,
  type EventTypeId,
  type RootJurisdictionId,
  type TopicId,
} from '../vocab';

export interface TimelineItem {
  date: string;
  instrument: string;
  title: string;
  shortTitle: string;
  /** The root jurisdiction (a state's law is on the US lane). */
  jurisdiction: RootJurisdictionId;
  topics: TopicId[];
  type: EventTypeId;
  event: string;
  sources: string[];
  unverified?: string | undefined;
}

/** All events, oldest first, optionally only one jurisdiction's or one topic's. */
export function timelineItems(
  kb: KnowledgeBase,
  filter: { jurisdiction?: RootJurisdictionId; topic?: TopicId } = {},
): TimelineItem[] {
  return kb.instruments
    .filter((i) => !filter.jurisdiction || rootJurisdiction(i.jurisdiction) === filter.jurisdiction)
    .flatMap((i) => {
      const topics = instrumentTopics(i);
      if (filter.topic && !topics.includes(filter.topic)) return [];
      return sortedTimeline(i).map((e) => ({
        date: e.date,
        instrument: i.id,
        title: i.title,
        shortTitle: i.shortTitle,
        jurisdiction: rootJurisdiction(i.jurisdiction),
        topics,
        type: e.type,
        event: e.event,
        sources: e.sources,
        unverified: e.unverified,
      }));
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.instrument.localeCompare(b.instrument));
}

/** One mark on the chart: the events of one jurisdiction on one date. */
export interface TimelineMark {
  date: string;
  jurisdiction: RootJurisdictionId;
  items: TimelineItem[];
  x: number;
  y: number;
}

/** A year on the axis: where it starts and ends, and whether its label is shown. */
export interface TimelineYear {
  year: number;
  x0: number;
  x1: number;
  label: boolean;
}

/**
 * How wide a year is drawn, relative to the others: it grows with the number of events in it, so a busy
 * year (dozens of events) spreads out and a year without any shrinks, instead of every year getting the
 * same width and recent years crowding into one band.
 */
export const yearWeight = (events: number) => 0.35 + events ** 0.6;

const MARK = 12; // the width of one mark, in chart units
const ROW = 14; // the height of one row of marks in a lane
const LABEL_MIN = 34; // a year narrower than this has no label of its own

/**
 * Chart layout: one lane per jurisdiction; x by date on an axis where each year's width follows its
 * number of events (yearWeight); events of one jurisdiction on one date share a mark with their count;
 * marks that would overlap go on further rows of their lane, so every mark stays visible.
 */
export function timelineChart(items: readonly TimelineItem[], width = 960) {
  const first = items.map((i) => Number(i.date.slice(0, 4)));
  const from = Math.min(...first, 2000);
  const to = Math.max(...first, from + 1) + 1;
  const left = 60;
  const right = 10;
  const perYear = new Map<number, number>();
  for (const y of first) perYear.set(y, (perYear.get(y) ?? 0) + 1);
  const weights = Array.from({ length: to - from }, (_, k) => yearWeight(perYear.get(from + k) ?? 0));
  const total = weights.reduce((s, w) => s + w, 0);
  const years: TimelineYear[] = [];
  let start = left;
  weights.forEach((w, k) => {
    const x1 = start + (w / total) * (width - left - right);
    years.push({ year: from + k, x0: start, x1, label: x1 - start >= LABEL_MIN });
    start = x1;
  });
  // Narrow years get a label only every fifth year, and only where it clears every other label.
  for (const y of years)
    if (y.year % 5 === 0 && years.every((o) => !o.label || Math.abs(o.x0 - y.x0) >= LABEL_MIN)) y.label = true;
  const x = (date: string) => {
    const y = years[Number(date.slice(0, 4)) - from];
    const t = Date.parse(`${date}T00:00:00Z`);
    const a = Date.UTC(y.year, 0, 1);
    const b = Date.UTC(y.year + 1, 0, 1);
    return y.x0 + ((t - a) / (b - a)) * (y.x1 - y.x0);
  };

  const lanes: { j: RootJurisdictionId; y: number; height: number }[] = [];
  const marks: TimelineMark[] = [];
  let top = 10;
  for (const j of ROOT_JURISDICTIONS) {
    const byDate = new Map<string, TimelineItem[]>();
    for (const i of items) if (i.jurisdiction === j) byDate.set(i.date, [...(byDate.get(i.date) ?? []), i]);
    // Greedy rows: each mark takes the first row where it clears the previous mark (and its count).
    const rowEnds: number[] = [];
    const placed = [...byDate].map(([date, group]) => {
      const mx = x(date);
      const extent = MARK / 2 + (group.length > 1 ? 4 + 7 * String(group.length).length : 0);
      let row = rowEnds.findIndex((end) => end + 2 <= mx - MARK / 2);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = mx + extent;
      return { date, group, mx, row };
    });
    const height = Math.max(rowEnds.length, 1) * ROW + 16;
    for (const p of placed)
      marks.push({ date: p.date, jurisdiction: j, items: p.group, x: p.mx, y: top + 8 + p.row * ROW + ROW / 2 });
    lanes.push({ j, y: top + height / 2, height });
    top += height;
  }
  const ticks = years.filter((y) => y.label).map((y) => ({ year: y.year, x: y.x0 }));
  const counts = ROOT_JURISDICTIONS.map((j) => ({ j, n: items.filter((i) => i.jurisdiction === j).length }));
  return { width, height: top + 30, axisY: top, lanes, years, ticks, marks, counts, from, to };
}
