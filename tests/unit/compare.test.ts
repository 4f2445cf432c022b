import { describe, expect, it } from 'vitest';
import { instrumentSchema, sourceSchema, topicSchema, type Topic } from '../../src/schemas';
import {
  COMPARISON_CSV_COLUMNS,
  compareRowGroups,
  compareRows,
  comparableRows,
  comparisonCsv,
  comparisonFileName,
  comparisonTable,
  instrumentCompareData,
  parseSelection,
} from '../../src/lib/compare';
import { parseCsv } from '../../src/lib/csv';
import { TOPICS } from '../../src/vocab';
import { instrumentA, sources, topic } from '../fixtures/kb';

const DATE = '2026-11-21';

/** The fixture, with Virginia assessed on one topic, resting on a provision with a status of its own. */
function kb() {
  const topics: Topic[] = TOPICS.map((id) => {
    const t = topicSchema.parse(topic(id));
    if (id === 'csa-image-generators') {
      t.assessments.push(
        topicSchema.shape.assessments.parse([
          {
            row: 'us-va',
            history: [{ from: '2024-07-01', grade: 'partial', note: 'In part.' }],
            summary: 'Virginia, "in part", with a comma.',
            provisions: ['us-va/state-law#s-2', 'us-va/state-law'],
            penalty: '=HYPERLINK("https://evil.example")',
            gaps: 'Line one.\nLine two.',
            asOf: '2026-11-01',
            sources: ['news-a', 'leg-a', 'news-a'],
          },
        ])[0],
      );
    }
    return { ...t, id };
  });
  return {
    instruments: [
      { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' },
      {
        ...instrumentSchema.parse({
          ...instrumentA(),
          jurisdiction: 'us-va',
          provisions: instrumentA().provisions.map((p) =>
            p.id === 's-2' ? { ...p, unverified: 'Commencement order not seen.' } : p,
          ),
        }),
        id: 'us-va/state-law',
      },
    ],
    topics,
    sources: sources().map((s) => sourceSchema.parse(s)),
  };
}

describe('choosing rows', () => {
  it('reads a selection from the URL, dropping unknown ids and capping at three', () => {
    expect(parseSelection(new URLSearchParams('rows=uk,eu'), 'rows', ['uk', 'eu', 'us-federal'])).toEqual(['uk', 'eu']);
    expect(parseSelection(new URLSearchParams('rows=uk&rows=xx&rows=eu'), 'rows', ['uk', 'eu'])).toEqual(['uk', 'eu']);
    expect(parseSelection(new URLSearchParams('rows=a,b,c,d'), 'rows', ['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });
  it('offers every assessed row, grouped by root with the root rows first', () => {
    expect(comparableRows(kb())).toEqual(['uk', 'us-federal', 'us-states', 'us-va', 'eu']);
    expect(compareRowGroups(kb())).toEqual([
      { root: 'uk', label: 'United Kingdom', partsLabel: 'UK legal systems', main: ['uk'], parts: [] },
      {
        root: 'us',
        label: 'United States',
        partsLabel: 'US states and DC',
        main: ['us-federal', 'us-states'],
        parts: ['us-va'],
      },
      { root: 'eu', label: 'European Union', partsLabel: 'EU member states', main: ['eu'], parts: [] },
    ]);
  });
});

describe('comparing any rows', () => {
  const [va, uk] = compareRows(kb(), DATE, ['us-va', 'uk']);
  it("gives a state's cells with provisions, each with its own status and pinpoint link, and its sources", () => {
    expect(va).toMatchObject({ name: 'Virginia', page: '/jurisdictions/us-va/' });
    // US federal law has no page of its own: its header links to the US.
    expect(compareRows(kb(), DATE, ['us-federal'])[0].page).toBe('/jurisdictions/us/');
    expect(Object.keys(va.cells)).toEqual(['csa-image-generators']);
    const cell = va.cells['csa-image-generators']!;
    expect(cell).toMatchObject({ grade: 'partial', since: '2024-07-01', checked: '2026-11-01' });
    expect(cell.href).toBe('/topics/csa-image-generators/#row-us-va');
    // The instrument is partly in force; section 2 commences only in 2027, and says so.
    expect(cell.provisions).toEqual([
      {
        label: 'EA 2020, Section 2',
        href: '/instruments/us-va/state-law/#s-2',
        official: 'https://www.legislation.gov.uk/ukpga/2020/1/section/2',
        status: {
          value: 'not-yet-in-force',
          label: 'Not yet in force',
          text: 'Not yet in force (from 2027-01-01)',
          from: '2027-01-01',
        },
        unverified: 'Commencement order not seen.',
      },
      // A whole instrument cited: no single status to show.
      {
        label: 'EA 2020',
        href: '/instruments/us-va/state-law/',
        official: 'https://www.legislation.gov.uk/ukpga/2020/1',
      },
    ]);
    expect(cell.sources).toEqual(['news-a', 'leg-a']);
    expect(Object.keys(va.sources)).toEqual(['news-a', 'leg-a']);
  });
  it('numbers the sources of the table once each, in order of use', () => {
    const t = comparisonTable([va, uk]);
    expect(t.rows.map((r) => r.id)).toEqual(['us-va', 'uk']);
    expect(t.topics).toHaveLength(TOPICS.length);
    const gen = t.topics.find((x) => x.id === 'csa-image-generators')!;
    // The UK's grade is derived from its legal systems, which this fixture does not assess.
    expect(gen.cells.map((c) => c?.grade)).toEqual(['partial', 'unknown']);
    expect(t.topics.find((x) => x.id === 'chatbots')!.cells[0]).toBeUndefined();
    // The first topic's Virginia cell cites news-a first; the UK's cells only leg-a.
    expect(t.sources.map((s) => s.id)).toEqual(['news-a', 'leg-a']);
    expect(t.numbers.get('leg-a')).toBe(2);
  });
  it('exports the comparison shown as CSV: one line per cell, escaped, formulas defused, absolute links', () => {
    const t = comparisonTable([va, uk]);
    const rows = parseCsv(comparisonCsv(t, 'https://site.test'));
    expect(rows[0]).toEqual([...COMPARISON_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 1 + TOPICS.length);
    const line = Object.fromEntries(COMPARISON_CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(line).toMatchObject({
      as_of: DATE,
      topic: 'csa-image-generators',
      jurisdiction: 'us-va',
      jurisdiction_name: 'Virginia',
      grade: 'partial',
      summary: 'Virginia, "in part", with a comma.',
      penalty: `'=HYPERLINK("https://evil.example")`,
      gaps: 'Line one.\nLine two.',
      last_checked: '2026-11-01',
      provisions:
        'EA 2020, Section 2 (Not yet in force (from 2027-01-01); unverified: Commencement order not seen.) ' +
        'https://www.legislation.gov.uk/ukpga/2020/1/section/2; EA 2020 https://www.legislation.gov.uk/ukpga/2020/1',
      page: 'https://site.test/topics/csa-image-generators/#row-us-va',
    });
    expect(line.sources).toBe(
      'A secondary commentary (Example Law LLP; secondary; published 2026-01-10) https://example.com/commentary; ' +
        'Example Act 2020, section 1 (legislation.gov.uk; official; date of publication not recorded; ' +
        'accessed 2026-11-21) https://www.legislation.gov.uk/ukpga/2020/1/section/1',
    );
    expect(comparisonFileName(t)).toBe('compare-us-va-uk-2026-11-21.csv');
  });
});

describe('instrument comparison data', () => {
  it("groups each instrument's provisions by topic, with links, their own status and the official text", () => {
    const a = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
    const d = instrumentCompareData([a], DATE);
    expect(d.topics).toHaveLength(10);
    expect(d.instruments[0].byTopic['ai-csam-offences']).toEqual([
      {
        label: 'Section 1',
        title: 'Making pseudo-photographs',
        penalty: 'Up to 10 years',
        url: '/instruments/uk/example-act-2020/#s-1',
        status: 'In force (since 2020-03-01)',
        official: 'https://www.legislation.gov.uk/ukpga/2020/1/section/1',
      },
    ]);
    expect(d.instruments[0].byTopic['csa-image-generators']?.[0].status).toBe('Not yet in force (from 2027-01-01)');
    expect(d.instruments[0].byTopic.chatbots).toBeUndefined();
  });
});
