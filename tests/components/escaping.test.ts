/**
 * Content is always text: components rendered with Astro's container API show hostile text from
 * every text field escaped, and inject no element or event handler.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import GapItem from '../../src/components/GapItem.astro';
import GradeBadge from '../../src/components/GradeBadge.astro';
import ReviewNotice from '../../src/components/ReviewNotice.astro';
import InstrumentTable from '../../src/components/InstrumentTable.astro';
import Provision from '../../src/components/Provision.astro';
import SourceList from '../../src/components/SourceList.astro';
import Timeline from '../../src/components/Timeline.astro';
import { instrumentSchema, sourceSchema, topicSchema, type Instrument, type Source } from '../../src/schemas';
import { instrumentA, sources, topic, TODAY } from '../fixtures/kb';

const PAYLOAD = '<script>alert(1)</script> <img src=x onerror=alert(1)> "><svg onload=alert(1)>';
const ESCAPED =
  '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;&gt;&lt;svg onload=alert(1)&gt;';
/** Hostile text for one field, named so the test can find where each field is shown. */
const H = (field: string) => `${field} ${PAYLOAD}`;

/**
 * Each field is shown escaped, and the markup holds no script, img or svg element and no on*
 * handler. Astro double-quotes every attribute and escapes `"` inside it, so the check drops
 * attribute values first: `<` inside a quoted value is text, and a value that broke out of its
 * quotes would leave its markup behind. The escaped text itself contains "onerror=", so handlers
 * are looked for inside tags only.
 */
function expectEscaped(html: string, fields: string[]) {
  for (const f of fields) expect(html).toContain(`${f} ${ESCAPED}`);
  const markup = html.replace(/="[^"]*"/g, '=""');
  expect(markup).not.toMatch(/<(script|img|svg)\b/i);
  expect(markup).not.toMatch(/<[^>]*\son\w+=/i);
}

function hostileInstrument(): Instrument {
  const i: Instrument = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
  return {
    ...i,
    title: H('title'),
    shortTitle: H('shortTitle'),
    citation: H('citation'),
    subJurisdiction: H('subJurisdiction'),
    stage: { ...i.stage, asOf: H('stage.asOf') },
    inForce: { ...i.inForce, asOf: H('inForce.asOf') },
    timeline: i.timeline.map((e, n) => ({ ...e, event: H(`event${n}`), unverified: H(`unverified${n}`) })),
  };
}

function hostileSource(): Source {
  const s = sourceSchema.parse(sources()[0]);
  return { ...s, title: H('source.title'), publisher: H('publisher'), published: H('date'), note: H('note') };
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
});

describe('components escape hostile text', () => {
  it('the check catches injected markup, also when it breaks out of an attribute', () => {
    expect(() => expectEscaped('<p><img src=x onerror=alert(1)></p>', [])).toThrow();
    expect(() => expectEscaped('<p title="x"><svg onload=alert(1)>"></p>', [])).toThrow();
    expect(() => expectEscaped('<p title="x" onclick="alert(1)"></p>', [])).toThrow();
    expect(() => expectEscaped(`<p>title ${PAYLOAD}</p>`, ['title'])).toThrow();
  });

  it('GradeBadge: a grade outside the vocabulary stays inside its class attribute', async () => {
    const html = await container.renderToString(GradeBadge, { props: { grade: H('grade') } });
    expectEscaped(html, []);
    expect(html).toContain(`class="grade grade-grade ${PAYLOAD.replace('"', '&quot;')}"`);
  });

  it('ReviewNotice: the subject of an overdue entry', async () => {
    const props = { subject: H('subject'), lastReviewed: '2000-01-01', today: '2026-12-01' };
    expectEscaped(await container.renderToString(ReviewNotice, { props }), ['subject']);
  });

  it('InstrumentTable: caption, titles, citations and dates', async () => {
    const props = { instruments: [hostileInstrument()], caption: H('caption'), today: TODAY };
    const html = await container.renderToString(InstrumentTable, { props });
    expectEscaped(html, ['caption', 'title', 'subJurisdiction', 'citation', 'stage.asOf', 'inForce.asOf']);
  });

  it('Timeline: event text and unverified notes', async () => {
    const props = { instrument: hostileInstrument(), numbers: new Map([['leg-a', 1]]), today: TODAY };
    const html = await container.renderToString(Timeline, { props });
    expectEscaped(html, ['event0', 'event1', 'event2', 'unverified0', 'unverified1', 'unverified2']);
  });

  it('SourceList: heading, title, publisher, date and note', async () => {
    const props = { sources: [hostileSource()], heading: H('heading') };
    const html = await container.renderToString(SourceList, { props });
    expectEscaped(html, ['heading', 'source.title', 'publisher', 'date', 'note']);
  });

  it('Provision: every text of the provision, its quote, status and citation', async () => {
    const instrument = hostileInstrument();
    const p = instrument.provisions[1];
    const provision = {
      ...p,
      id: H('id'),
      label: H('label'),
      title: H('provision.title'),
      summary: H('summary'),
      quote: { text: H('quote'), pinpoint: H('pinpoint') },
      penalty: H('penalty'),
      unverified: H('provision unverified'),
      inForce: { ...p.inForce!, note: H('in-force note'), unverified: H('in-force unverified') },
    };
    const props = { instrument, provision, numbers: new Map([['leg-a', 1]]), today: TODAY };
    const html = await container.renderToString(Provision, { props });
    expectEscaped(html, [
      'label',
      'provision.title',
      'summary',
      'quote',
      'pinpoint',
      'penalty',
      'provision unverified',
      'in-force note',
      'in-force unverified',
      'shortTitle',
    ]);
  });

  it('GapItem: the paragraph, the sources cited and the dates', async () => {
    const assessment = { ...topicSchema.parse(topic('chatbots')).assessments[0], asOf: H('asOf') };
    const cell = { topic: 'chatbots', row: 'uk', grade: 'none', note: H('cell note'), assessment } as const;
    const gap = { cell, paragraph: H('paragraph'), sources: ['leg-a'] };
    const props = { gap, sources: [hostileSource()], date: H('accessed') };
    const html = await container.renderToString(GapItem, { props });
    expectEscaped(html, ['paragraph', 'source.title', 'publisher', 'date', 'asOf']);
  });
});
