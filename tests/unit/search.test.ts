import { describe, expect, it } from 'vitest';
import { instrumentSchema, topicSchema } from '../../src/schemas';
import { terms } from '../../src/lib/search/normalize';
import { buildRecords } from '../../src/lib/search/records';
import { buildIndex } from '../../src/lib/search/index-build';
import { highlightRuns, loadIndex, search } from '../../src/lib/search/query';
import { instrumentA, instrumentB, topic } from '../fixtures/kb';

describe('normalisation', () => {
  it.each([
    ['S.1829', ['s1829']],
    ['H.R. 3921', ['hr3921']],
    ['Pub. L. 119-12', ['publ119x12']],
    ['Regulation (EU) 2024/1689', ['regulation', 'eu', '2024x1689']],
    ['COM(2024) 60 final', ['com2024x60', 'final']],
    ['section 62', ['s62']],
    ['s.160', ['s160']],
    ['Article 5', ['art5']],
    ['1978 c. 37', ['1978c37']],
    ['paedophile manuals', ['pedophile', 'manual']],
    ['pedophile manual', ['pedophile', 'manual']],
    ['criminalise', ['criminalize']],
    ['criminalize', ['criminalize']],
    ['offences', ['offense']],
  ])('%s -> %j', (input, expected) => {
    expect(terms(input)).toEqual(expected);
  });
});

describe('search over a fixture', () => {
  const kb = {
    instruments: [
      { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' },
      { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' },
    ],
    topics: [
      {
        ...topicSchema.parse({ ...topic('nudification-tools'), aliases: ['nudify apps'] }),
        id: 'nudification-tools' as const,
      },
    ],
    sources: [],
  };
  const ix = loadIndex(JSON.parse(JSON.stringify(buildIndex(buildRecords(kb, '2026-11-21')))));

  it('finds an instrument by title, alias and citation', () => {
    expect(search(ix, 'Example Act')[0].record.id).toBe('uk/example-act-2020');
    expect(search(ix, 'chat control')[0].record.id).toBe('eu/example-regulation');
    expect(search(ix, '2030/1')[0].record.id).toBe('eu/example-regulation');
  });
  it('finds a provision by its words and links to its anchor', () => {
    const hit = search(ix, 'image generators')[0];
    expect(hit.record).toMatchObject({
      t: 'provision',
      id: 'uk/example-act-2020#s-2',
      url: '/instruments/uk/example-act-2020/#s-2',
    });
  });
  it('tolerates typos', () => {
    expect(search(ix, 'pseudo-photografs')[0].record.id).toMatch(/^uk\/example-act-2020/);
  });
  it('matches the prefix of the last word while typing', () => {
    expect(search(ix, 'nudif')[0].record.id).toBe('nudification-tools');
  });
  it('applies filters', () => {
    expect(search(ix, 'example', { jurisdiction: 'eu' }).every((h) => h.record.j === 'eu')).toBe(true);
    expect(search(ix, 'example', { type: 'provision' }).every((h) => h.record.t === 'provision')).toBe(true);
    expect(search(ix, '', { jurisdiction: 'uk' }).length).toBeGreaterThan(0);
    expect(search(ix, '')).toEqual([]);
  });
  it('returns nothing for words not in the index', () => {
    expect(search(ix, 'zzzzqqqq')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks matched words and keeps markup as plain text', () => {
    const runs = highlightRuns('<img src=x onerror=alert(1)> pseudo-photograph', ['pseudophotograph']);
    expect(runs.find((r) => r.hit)?.text).toBe('pseudo-photograph');
    expect(runs.map((r) => r.text).join('')).toBe('<img src=x onerror=alert(1)> pseudo-photograph');
  });
});

describe('highlighting follows the index', () => {
  it('marks a word matched through an expansion or a stem', () => {
    expect(
      highlightRuns('an offence aimed at nudification tools', ['nudify'])
        .filter((r) => r.hit)
        .map((r) => r.text),
    ).toEqual(['nudification']);
    expect(
      highlightRuns('image generators', ['generator'])
        .filter((r) => r.hit)
        .map((r) => r.text),
    ).toEqual(['generators']);
  });
});
