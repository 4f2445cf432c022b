import { describe, expect, it } from 'vitest';
import { instrumentSchema, topicSchema } from '../../src/schemas';
import { citationVariants, terms } from '../../src/lib/search/normalize';
import { buildRecords } from '../../src/lib/search/records';
import { buildIndex } from '../../src/lib/search/index-build';
import { editDistance, firstHitAt, highlightRuns, loadIndex, search, suggest } from '../../src/lib/search/query';
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
    ['what is a trilogue', ['trilogue']],
    // State and national code citations, with or without "Ann.", "§", dots and spaces
    ['Va. Code 18.2-374.1', ['va', 'code', '18x2x374x1']],
    ['Va. Code Ann. § 18.2-374.1', ['va', 'code', 'ann', 's18x2x374x1']],
    ['§ 18.2-374.1:1', ['s18x2x374x1x1']],
    ['Tenn. Code 39-17-1002', ['tenn', 'code', '39x17x1002']],
    ['Tenn. Code Ann. §§ 39-17-1003, 39-17-1004', ['tenn', 'code', 'ann', 's39x17x1003', '39x17x1004']],
    ['§ 184b StGB', ['s184b', 'stgb']],
    ['§184b StGB', ['s184b', 'stgb']],
    ['art. 600-quater.1 c.p.', ['art600xquaterx1', 'c', 'p']],
    ['Article 600-quater', ['art600xquater']],
    // Bills
    ['SB 741', ['sb741']],
    ['S.B. 741', ['sb741']],
    ['SB741', ['sb741']],
    ['Senate Bill 741', ['sb741']],
    ['HB 2163', ['hb2163']],
    ['AB 1831', ['ab1831']],
    // A range stays two numbers
    ['ss. 62-68', ['s62', '68']],
  ])('%s -> %j', (input, expected) => {
    expect(terms(input)).toEqual(expected);
  });
  it('gives the other forms of a citation number to look up', () => {
    expect(citationVariants('184b')).toEqual(['s184b', 'art184b']);
    expect(citationVariants('s1466a')).toEqual(['1466a', 'art1466a']);
    expect(citationVariants('art600xquaterx1')).toEqual(['600xquaterx1', 's600xquaterx1']);
    expect(citationVariants('stgb')).toEqual([]);
  });
});

describe('edit distance', () => {
  it.each([
    ['nudificaton', 'nudification', 1],
    ['saftey', 'safety', 1],
    ['photografs', 'photograph', 2],
    ['notification', 'nudificaton', 3],
  ])('%s / %s: %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });
  it('stops early past the bound', () => {
    expect(editDistance('nudification', 'chatbot', 2)).toBe(3);
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
  const built = buildIndex(buildRecords(kb, '2026-11-21'));
  const ix = loadIndex(JSON.parse(JSON.stringify(built.index)), JSON.parse(JSON.stringify(built.text)));

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
  it('ranks the word one typo away above words further off', () => {
    expect(search(ix, 'nudificaton')[0].record.id).toBe('nudification-tools');
  });
  it('finds a section cited without its "Section"', () => {
    expect(search(ix, 'Example Act 2')[0].record.id).toBe('uk/example-act-2020#s-2');
    expect(search(ix, 's.2')[0].record.id).toBe('uk/example-act-2020#s-2');
  });
  it('finds a jurisdiction by name, and a root filter takes in its parts', () => {
    expect(search(ix, 'United Kingdom')[0].record).toMatchObject({
      t: 'jurisdiction',
      id: 'uk',
      url: '/jurisdictions/uk/',
    });
    expect(search(ix, 'example', { jurisdiction: 'uk' }).length).toBeGreaterThan(0);
  });
  it("shows a provision with its own status, not its instrument's", () => {
    const s2 = search(ix, 'image generators')[0].record;
    expect(s2).toMatchObject({ id: 'uk/example-act-2020#s-2', f: 'not-yet-in-force', status: 'Not yet in force' });
    expect(search(ix, 'Example Act')[0].record.status).toBe('Partly in force');
  });
});

describe('the index and its text', () => {
  const kb = {
    instruments: [{ ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' }],
    topics: [],
    sources: [],
  };
  const { index, text } = buildIndex(buildRecords(kb, '2026-11-21'));
  it('keeps display text out of the index: it is fetched beside it', () => {
    const raw = JSON.stringify(index);
    expect(raw).not.toContain('Makes it an offence to make one.');
    expect(JSON.stringify(text)).toContain('Makes it an offence to make one.');
    expect(text.records.find((r) => r.id === 'uk/example-act-2020')?.short).toBe('EA 2020');
  });
  it('rebuilds each record on load, URL and instrument name included', () => {
    const ix = loadIndex(index, text);
    expect(ix.records.find((r) => r.id === 'uk/example-act-2020#s-1')).toMatchObject({
      t: 'provision',
      title: 'Making pseudo-photographs',
      instrument: 'EA 2020',
      url: '/instruments/uk/example-act-2020/#s-1',
      j: 'uk',
      topics: ['ai-csam-offences'],
    });
  });
});

describe('did you mean', () => {
  const kb = {
    instruments: [{ ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' }],
    topics: [
      {
        ...topicSchema.parse({ ...topic('nudification-tools'), aliases: ['nudify apps', 'criminalised tools'] }),
        id: 'nudification-tools' as const,
      },
    ],
    sources: [],
  };
  const built = buildIndex(buildRecords(kb, '2026-11-21'));
  const ix = loadIndex(built.index, built.text);
  it('corrects a word one edit from the index, keeping the rest as typed', () => {
    expect(suggest(ix, 'nudificaton')).toBe('nudification');
    expect(suggest(ix, 'Nudificaton tools')).toBe('Nudification tools');
    expect(suggest(ix, 'pseudo-photografs')).toBeUndefined();
  });
  it('corrects two edits off in a long word, in the form people write it', () => {
    // The index holds the stem "criminaliz"; the suggestion is the word as the content writes it.
    expect(suggest(ix, 'criminalizd tools')).toBe('criminalized tools');
    expect(suggest(ix, 'photogarphs')).toBe('photographs');
  });
  it('says nothing for known words, a word still being typed, or words nothing is near', () => {
    expect(suggest(ix, 'nudification')).toBeUndefined();
    expect(suggest(ix, 'nudifi')).toBeUndefined();
    expect(suggest(ix, 'zzzzqqqq')).toBeUndefined();
    expect(suggest(ix, '')).toBeUndefined();
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

describe('the first matched word (where a result snippet starts)', () => {
  it('is where highlighting marks its first word, and -1 when none matches', () => {
    const text = 'Making a pseudo-photograph of a child; an offence aimed at nudification tools';
    for (const matched of [['pseudophotograph'], ['nudify'], ['child', 'nudify']]) {
      const runs = highlightRuns(text, matched);
      const before = runs
        .slice(
          0,
          runs.findIndex((r) => r.hit),
        )
        .reduce((n, r) => n + r.text.length, 0);
      expect(firstHitAt(text, matched)).toBe(before);
    }
    expect(firstHitAt(text, ['chatbot'])).toBe(-1);
  });
});
