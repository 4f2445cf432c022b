import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { instrumentSchema, topicSchema } from '../../src/schemas';
import { atom, feedEntries } from '../../src/lib/feeds';
import { timelineChart, timelineItems } from '../../src/lib/timeline';
import { instrumentJsonLd } from '../../src/lib/jsonld';
import { instrumentA, instrumentB, topic } from '../fixtures/kb';

const a = {
  ...instrumentSchema.parse({
    ...instrumentA(),
    title: 'Example Act',
    shortTitle: 'Example <Act> & "quotes"',
    changes: [{ date: '2026-05-01', kind: 'law', summary: 'Amended.', sources: ['leg-a'] }],
  }),
  id: 'uk/example-act-2020',
};
const b = { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' };
const t = topicSchema.parse(topic('chatbots'));
t.assessments
  .find((x) => x.row === 'eu')!
  .history.push({ from: '2026-06-01', grade: 'partial', note: 'Now partly.', sources: [] });
const kb = { instruments: [a, b], topics: [{ ...t, id: 'chatbots' as const }], sources: [] };

describe('feeds', () => {
  const entries = feedEntries(kb, '2026-11-21');
  it('gathers changes, past events and grade changes, newest first', () => {
    expect(entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['law', 'event', 'grade']));
    expect(entries[0].date >= entries.at(-1)!.date).toBe(true);
    expect(entries.some((e) => e.kind === 'grade' && e.date === '2026-06-01')).toBe(true);
    expect(feedEntries(kb, '2026-01-01').some((e) => e.date > '2026-01-01')).toBe(false);
  });
  it('gives every entry a unique id that does not depend on its position', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // Add an older event at the start of the timeline: every other entry keeps its id.
    const older = { date: '2019-01-01', type: 'introduced' as const, event: 'Introduced earlier.', sources: ['leg-a'] };
    const after = feedEntries({ ...kb, instruments: [{ ...a, timeline: [older, ...a.timeline] }, b] }, '2026-11-21');
    const idOf = (list: typeof entries) => new Map(list.map((e) => [`${e.kind}|${e.date}|${e.summary}`, e.id]));
    const before = idOf(entries);
    const now = idOf(after);
    for (const [key, id] of before) expect(now.get(key), key).toBe(id);
    expect(after).toHaveLength(entries.length + 1);
    expect(new Set(after.map((e) => e.id)).size).toBe(after.length);
  });
  it('produces well-formed Atom with the required elements, text escaped', () => {
    const xml = atom({
      site: 'https://kb.example/',
      selfPath: '/feeds/all.xml',
      pagePath: '/whats-new/',
      title: 'All',
      entries,
      updated: '2026-11-21',
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const k of ['id', 'title', 'updated', 'author']) expect(feed[k]).toBeDefined();
    expect([feed.link].flat().some((l: Record<string, string>) => l['@_rel'] === 'self')).toBe(true);
    for (const e of [feed.entry].flat()) {
      for (const k of ['id', 'title', 'updated', 'link', 'summary']) expect(e[k], k).toBeDefined();
      expect(e.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    }
    expect(xml).toContain('Example &lt;Act&gt; &amp; &quot;quotes&quot;');
  });
});

describe('timeline', () => {
  it('lists every event oldest first, filterable by jurisdiction and topic', () => {
    const all = timelineItems(kb);
    expect(all).toHaveLength(a.timeline.length + b.timeline.length);
    expect(all.map((i) => i.date)).toEqual([...all.map((i) => i.date)].sort());
    expect(timelineItems(kb, { jurisdiction: 'eu' }).every((i) => i.jurisdiction === 'eu')).toBe(true);
    expect(timelineItems(kb, { topic: 'ai-model-safety' }).map((i) => i.instrument)).toEqual(
      b.timeline.map(() => 'eu/example-regulation'),
    );
  });
  it('lays out one lane per jurisdiction with points inside the chart', () => {
    const c = timelineChart(timelineItems(kb));
    expect(c.lanes.map((l) => l.j)).toEqual(['uk', 'us', 'eu']);
    for (const p of c.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(c.width);
    }
  });
});

describe('JSON-LD', () => {
  it('describes an Act as schema.org Legislation with its provisions as parts', () => {
    const ld = instrumentJsonLd(a, 'https://kb.example/');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '2020 c. 1',
      legislationJurisdiction: 'United Kingdom',
      legislationDate: '2020-01-15',
      legislationLegalForce: 'https://schema.org/PartiallyInForce',
      url: 'https://kb.example/instruments/uk/example-act-2020/',
    });
    expect((ld as { hasPart: unknown[] }).hasPart).toHaveLength(2);
  });
});
