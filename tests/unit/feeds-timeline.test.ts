import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { instrumentSchema, topicSchema } from '../../src/schemas';
import { atom, feedEntries, uuidUrn, uuidV5 } from '../../src/lib/feeds';
import { timelineChart, timelineItems, type TimelineItem } from '../../src/lib/timeline';
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
  it('without a public address: root-relative links and UUID URN ids, never an invented address', () => {
    const opts = { selfPath: '/feeds/all.xml', pagePath: '/whats-new/', title: 'All', entries, updated: '2026-11-21' };
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom(opts)).feed;
    expect(feed.id).toBe(uuidUrn('feed:/feeds/all.xml'));
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([feed.link].flat().map((l: Record<string, string>) => l['@_href'])).toEqual([
      '/feeds/all.xml',
      '/whats-new/',
    ]);
    for (const e of [feed.entry].flat()) {
      expect(e.id).toMatch(/^urn:uuid:/);
      expect(e.link['@_href']).toMatch(/^\//);
    }
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
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
    for (const p of c.marks) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(c.width);
    }
  });
  const item = (date: string, jurisdiction: TimelineItem['jurisdiction'], n = 0): TimelineItem => ({
    date,
    instrument: `${jurisdiction}/act-${date}-${n}`,
    title: 'Act',
    shortTitle: `Act ${n}`,
    jurisdiction,
    topics: [],
    type: 'commencement',
    event: 'Commenced',
    sources: [],
  });
  // 30 US events spread over 2026 and one UK event in 1980: the pattern of the real data, where most
  // events fall in the last few years.
  const busy = [
    item('1980-06-01', 'uk'),
    ...Array.from({ length: 30 }, (_, k) => item(`2026-${String(1 + (k % 12)).padStart(2, '0')}-15`, 'us', k)),
    ...Array.from({ length: 5 }, (_, k) => item('2026-12-01', 'eu', k)),
  ];
  it('draws a busy year wider than a quiet one, and labels the axis without crowding', () => {
    const c = timelineChart(busy);
    const w = (y: number) => c.years.find((x) => x.year === y)!;
    expect(w(2026).x1 - w(2026).x0).toBeGreaterThan(6 * (w(1980).x1 - w(1980).x0));
    expect(w(1990).x1 - w(1990).x0).toBeLessThan(w(1980).x1 - w(1980).x0);
    expect(c.years[0].x0).toBe(60);
    expect(c.years.at(-1)!.x1).toBeCloseTo(c.width - 10);
    const labelled = c.years.filter((y) => y.label).map((y) => y.x0);
    for (let k = 1; k < labelled.length; k++) expect(labelled[k] - labelled[k - 1]).toBeGreaterThanOrEqual(34);
    expect(c.ticks.map((t) => t.year)).toContain(2026);
  });
  it('puts events of one jurisdiction on one date in one mark, and no two marks overlap', () => {
    const c = timelineChart(busy);
    const eu = c.marks.filter((m) => m.jurisdiction === 'eu');
    expect(eu).toHaveLength(1);
    expect(eu[0].items).toHaveLength(5);
    const us = c.marks.filter((m) => m.jurisdiction === 'us');
    expect(us.flatMap((m) => m.items)).toHaveLength(30);
    for (const m of us)
      for (const o of us) if (m !== o && m.y === o.y) expect(Math.abs(m.x - o.x)).toBeGreaterThanOrEqual(12);
    // Each lane holds its own marks, and the lanes do not overlap.
    for (const m of c.marks) {
      const lane = c.lanes.find((l) => l.j === m.jurisdiction)!;
      expect(Math.abs(m.y - lane.y)).toBeLessThan(lane.height / 2);
    }
    expect(c.axisY).toBe(10 + c.lanes.reduce((s, l) => s + l.height, 0));
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
