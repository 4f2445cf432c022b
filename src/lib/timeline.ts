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

/** Chart layout: one lane per jurisdiction, x by date; counts per year for the text equivalent. */
export function timelineChart(items: readonly TimelineItem[], width = 960, laneHeight = 40) {
  const years = items.map((i) => Number(i.date.slice(0, 4)));
  const from = Math.min(...years, 2000);
  const to = Math.max(...years, from + 1) + 1;
  const left = 60;
  const x = (date: string) => {
    const t = Date.parse(`${date}T00:00:00Z`);
    const a = Date.UTC(from, 0, 1);
    const b = Date.UTC(to, 0, 1);
    return left + ((t - a) / (b - a)) * (width - left - 10);
  };
  const lanes = ROOT_JURISDICTIONS.map((j, k) => ({ j, y: 20 + k * laneHeight + laneHeight / 2 }));
  const ticks = [];
  for (let y = from; y <= to; y += to - from > 15 ? 5 : 1) ticks.push({ year: y, x: x(`${y}-01-01`) });
  const points = items.map((i) => ({ item: i, x: x(i.date), y: lanes.find((l) => l.j === i.jurisdiction)!.y }));
  const counts = ROOT_JURISDICTIONS.map((j) => ({ j, n: items.filter((i) => i.jurisdiction === j).length }));
  return { width, height: 20 + ROOT_JURISDICTIONS.length * laneHeight + 30, lanes, ticks, points, counts, from, to };
}
