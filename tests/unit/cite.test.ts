/**
 * Citations, checked against worked examples from the guides: OSCOLA (4th edn, 2.4), the Bluebook (21st
 * edn, rules 12 and 13), the EU's Interinstitutional Style Guide (3.1, 3.2.1, 3.2.3); BibTeX parsed back by
 * an independent parser.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { instrumentSchema, type Instrument, type Provision } from '../../src/schemas';
import {
  bibtexEscape,
  bluebookPinpoint,
  citeKeys,
  eliOf,
  entryPage,
  legalCitation,
  legalCitationsOf,
  oscolaPinpoint,
  pageCitations,
  unverifiedFlag,
} from '../../src/lib/cite';
import { instrumentA, instrumentB } from '../fixtures/kb';

const A: Instrument = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
const B: Instrument = {
  ...instrumentSchema.parse({ ...instrumentB(), citation: 'Regulation (EU) 2030/1, OJ L, 2030/1, 1.2.2030' }),
  id: 'eu/example-regulation',
};
const prov = (p: Partial<Provision>): Provision => ({ ...A.provisions[0], ...p });
const text = (inst: Instrument, p?: Provision) => legalCitation(inst, p)?.text;

const uk = (title: string): Instrument => ({ ...A, title });
const usStatute: Instrument = {
  ...A,
  id: 'us/tida',
  jurisdiction: 'us',
  shortTitle: 'TAKE IT DOWN Act',
  citation: 'Pub. L. 119-12, 139 Stat. 55',
  timeline: [{ date: '2025-05-19', type: 'signed', event: 'Signed', sources: ['x'] }],
};
const usBill: Instrument = {
  ...A,
  id: 'us/guard',
  jurisdiction: 'us',
  kind: 'bill',
  shortTitle: 'GUARD Act',
  citation: 'S.3062, 119th Congress',
  timeline: [{ date: '2025-10-28', type: 'introduced', event: 'Introduced', sources: ['x'] }],
};
const usCase: Instrument = {
  ...A,
  id: 'us/ashcroft',
  jurisdiction: 'us',
  kind: 'court-decision',
  title: 'Ashcroft v. Free Speech Coalition, 535 U.S. 234 (2002)',
  citation: '535 U.S. 234 (2002)',
};
const usCode: Instrument = { ...A, id: 'us/usc', jurisdiction: 'us', citation: '18 U.S.C. §§ 2252A, 2256' };
const virginia: Instrument = {
  ...A,
  id: 'us-va/state-law',
  jurisdiction: 'us-va',
  kind: 'overview',
  citation: 'Va. Code Ann. § 18.2-374.1',
  timeline: [
    { date: '2024-07-01', type: 'commencement', event: 'In force', sources: ['x'], provisions: ['va-1'] },
    { date: '2027-07-01', type: 'commencement', event: 'Later', sources: ['x'], provisions: ['va-1'] },
  ],
  lastReviewed: '2026-12-01',
};
const germany: Instrument = { ...virginia, id: 'eu-de/national-law', jurisdiction: 'eu-de', timeline: A.timeline };

describe('OSCOLA (OSCOLA 2.4)', () => {
  it('cites an Act by its short title and a section with "s", no full stop', () => {
    expect(legalCitation(A)).toEqual({ style: 'OSCOLA', text: 'Example Act 2020' });
    expect(text(A, A.provisions[0])).toBe('Example Act 2020, s 1');
    // The guide's own examples.
    expect(text(uk('Human Rights Act 1998'), prov({ label: 'Section 15(1)(b)' }))).toBe(
      'Human Rights Act 1998, s 15(1)(b)',
    );
    expect(text(uk('Consumer Protection Act 1987'), prov({ label: 'Section 2' }))).toBe(
      'Consumer Protection Act 1987, s 2',
    );
  });
  it('abbreviates sections, schedules and paragraphs, and drops the full stop of "s."', () => {
    expect(oscolaPinpoint('Sections 73 and 74')).toBe('ss 73 and 74');
    expect(oscolaPinpoint('Schedule 13, paragraph 4')).toBe('sch 13, para 4');
    expect(oscolaPinpoint('Section 59 and Schedule 6')).toBe('s 59 and sch 6');
    expect(oscolaPinpoint('Civic Government (Scotland) Act 1982, s.52A')).toBe(
      'Civic Government (Scotland) Act 1982, s 52A',
    );
    expect(oscolaPinpoint('Section 188 (inserting Sexual Offences Act 2003 ss.66B-66D)')).toBe(
      's 188 (inserting Sexual Offences Act 2003 ss 66B–66D)',
    );
    expect(oscolaPinpoint('Section 10(3A)-(3B) and section 20A')).toBe('ss 10(3A)–(3B) and 20A');
    expect(
      oscolaPinpoint('Protection of Children (Northern Ireland) Order 1978 (S.I. 1978/1047 (N.I. 17)), Art. 3'),
    ).toBe('Protection of Children (Northern Ireland) Order 1978 (SI 1978/1047 (NI 17)), art 3');
    // Words that are not a pinpoint stay words.
    expect(oscolaPinpoint('Section number not confirmed')).toBe('Section number not confirmed');
  });
  it('names the Act that inserted or amended a provision', () => {
    const soa = uk('Sexual Offences Act 2003');
    const s46a = prov({
      label: 'Section 46A',
      amendedBy: { how: 'inserted', act: 'Crime and Policing Act 2026', provision: 'Section 72' },
    });
    expect(text(soa, s46a)).toBe('Sexual Offences Act 2003, s 46A (inserted by Crime and Policing Act 2026, s 72)');
    const s69 = prov({ label: 'Section 69', amendedBy: { how: 'amended', act: 'Crime and Policing Act 2026' } });
    expect(text(uk('Serious Crime Act 2015'), s69)).toBe(
      'Serious Crime Act 2015, s 69 (as amended by Crime and Policing Act 2026)',
    );
  });
});

describe('Bluebook (21st edn)', () => {
  it('cites the U.S. Code without a year (rule 12.3.2), with a section sign', () => {
    expect(text(usCode, prov({ label: '18 U.S.C. 2256(8)(B)' }))).toBe('18 U.S.C. § 2256(8)(B)');
    expect(bluebookPinpoint('18 U.S.C. 2256(8)(C) and 2256(9)')).toBe('18 U.S.C. § 2256(8)(C), (9)');
    expect(bluebookPinpoint('18 U.S.C. 2252A(a)(1)-(4), (6) and 2252A(b)(1)')).toBe(
      '18 U.S.C. § 2252A(a)(1)-(4), (6), (b)(1)',
    );
    expect(bluebookPinpoint('18 U.S.C. 1466A(a) and 2252A(b)')).toBe('18 U.S.C. §§ 1466A(a), 2252A(b)');
    expect(bluebookPinpoint('Section 2(b)')).toBe('§ 2(b)');
  });
  it('cites a state code section with the year of the version cited (rule 12.3.2)', () => {
    const va = prov({ id: 'va-1', label: 'Va. Code Ann. § 18.2-374.1', inForce: undefined });
    expect(legalCitation(virginia, va)).toEqual({ style: 'Bluebook', text: 'Va. Code Ann. § 18.2-374.1 (2024)' });
    // No year is guessed when none is recorded; a label that dates itself gets none added.
    expect(text(virginia, prov({ id: 'va-2', label: 'Va. Code Ann. § 18.2-374.1:1' }))).toBe(
      'Va. Code Ann. § 18.2-374.1:1',
    );
    expect(text(virginia, prov({ id: 'va-1', label: 'Virginia SB 796 (2026 Session)' }))).toBe(
      'Virginia SB 796 (2026 Session)',
    );
    // An overview of a state's law is no instrument: only its provisions are cited.
    expect(legalCitation(virginia)).toBeUndefined();
  });
  it('cites a session law with the section before the Statutes at Large (rule 12.4)', () => {
    expect(text(usStatute)).toBe('TAKE IT DOWN Act, Pub. L. No. 119-12, 139 Stat. 55 (2025)');
    expect(text(usStatute, prov({ label: 'Section 3' }))).toBe(
      'TAKE IT DOWN Act, Pub. L. No. 119-12, § 3, 139 Stat. 55 (2025)',
    );
    expect(text(usStatute, prov({ label: 'Section 2 (47 U.S.C. 223(h)(6))' }))).toBe(
      'TAKE IT DOWN Act, Pub. L. No. 119-12, § 2, 139 Stat. 55 (2025) (codified at 47 U.S.C. § 223(h)(6))',
    );
  });
  it('cites a bill by number and Congress, the section before the year (rule 13.2)', () => {
    expect(text(usBill)).toBe('GUARD Act, S. 3062, 119th Cong. (2025)');
    expect(text(usBill, prov({ label: 'Section 4' }))).toBe('GUARD Act, S. 3062, 119th Cong. § 4 (2025)');
    expect(text(usBill, prov({ label: 'Section 2 (amending 18 U.S.C. 2252A)' }))).toBe(
      'GUARD Act, S. 3062, 119th Cong. § 2 (2025) (amending 18 U.S.C. § 2252A)',
    );
  });
  it('cites a case by its reporter citation', () => {
    expect(text(usCase)).toBe('Ashcroft v. Free Speech Coalition, 535 U.S. 234 (2002)');
  });
});

describe('EU style (Interinstitutional Style Guide)', () => {
  const isg: Instrument = {
    ...B,
    title:
      'Regulation (EU) 2015/476 of the European Parliament and of the Council of 11 March 2015 on the measures that ' +
      'the Union may take following a report adopted by the WTO Dispute Settlement Body concerning anti-dumping ' +
      'and anti-subsidy matters',
    citation: 'Regulation (EU) 2015/476, OJ L 83, 27.3.2015, p. 6',
  };
  it('gives the full title with the OJ reference and ELI (3.2.1, 3.1)', () => {
    expect(text(isg)).toBe(`${isg.title} (OJ L 83, 27.3.2015, p. 6, ELI: http://data.europa.eu/eli/reg/2015/476/oj)`);
    // An act published on its own since October 2023: "OJ L, 2024/1689, 12.7.2024".
    expect(legalCitation(B)).toEqual({
      style: 'EU',
      text: 'Regulation (EU) 2030/1 on examples (OJ L, 2030/1, 1.2.2030, ELI: http://data.europa.eu/eli/reg/2030/1/oj)',
    });
  });
  it('puts the subdivision first, in descending order, ranges with "to" (3.2.3)', () => {
    expect(text(B, B.provisions[0])).toBe(
      'Article 5 of Regulation (EU) 2030/1 on examples (OJ L, 2030/1, 1.2.2030, ELI: http://data.europa.eu/eli/reg/2030/1/oj)',
    );
    expect(text(isg, prov({ label: 'Article 1(2)(a)' }))).toMatch(
      /^Article 1\(2\)\(a\) of Regulation \(EU\) 2015\/476 of/,
    );
    expect(text(B, prov({ label: 'Article 5(1)(a)-(h)' }))).toMatch(/^Article 5\(1\)\(a\) to \(h\) of Regulation/);
    // A described provision follows the act.
    expect(text(B, prov({ label: 'New offence (agreed text)' }))).toMatch(/oj\), New offence \(agreed text\)$/);
  });
  it('derives the ELI of regulations and directives, old and new numbering', () => {
    expect(eliOf('Directive 2011/93/EU')).toBe('http://data.europa.eu/eli/dir/2011/93/oj');
    expect(eliOf('Directive (EU) 2024/1385')).toBe('http://data.europa.eu/eli/dir/2024/1385/oj');
    expect(eliOf('COM(2022) 209 final')).toBeUndefined();
  });
  it("cites a member state's own law in its own form", () => {
    expect(legalCitation(germany, prov({ label: '§ 184b StGB' }))).toEqual({ style: 'national', text: '§ 184b StGB' });
  });
});

describe('unverified provisions say so in the citation', () => {
  const soa = uk('Sexual Offences Act 2003');
  const s46a = prov({
    label: 'Section 46A',
    amendedBy: { how: 'inserted', act: 'Crime and Policing Act 2026', provision: 'Section 72' },
    unverified:
      'The England and Wales text of section 46A was not seen; the section numbers (s.72 inserting s.46A) come ' +
      'from a secondary source.',
  });
  it('names what is unconfirmed: the number, the text, or part of the entry', () => {
    expect(text(soa, s46a)).toBe(
      'Sexual Offences Act 2003, s 46A (inserted by Crime and Policing Act 2026, s 72) ' +
        '[section number and text unverified]',
    );
    expect(
      unverifiedFlag(
        B,
        prov({ label: 'Article 5(1)(bb)', unverified: 'Lettering (5(1)(bb)) is confirmed only by ...' }),
      ),
    ).toBe('[article number unverified]');
    expect(unverifiedFlag(A, prov({ unverified: 'The wording was not read.' }))).toBe('[text unverified]');
    expect(unverifiedFlag(A, prov({ unverified: 'The penalty was not confirmed.' }))).toBe('[partly unverified]');
    // Another Act's section number is not this provision's.
    expect(unverifiedFlag(A, prov({ unverified: 'The amending section number was not seen.' }))).toBe(
      '[partly unverified]',
    );
    expect(unverifiedFlag({ ...A, unverified: 'Secondary sources only.' }, A.provisions[0])).toBe(
      '[partly unverified]',
    );
    expect(unverifiedFlag(A, A.provisions[0])).toBeUndefined();
  });
  it('in every format: the legal citation and the page citation title (APA, BibTeX, CSL-JSON)', () => {
    const page = entryPage({ ...soa, provisions: [s46a] }, s46a);
    expect(page.title).toMatch(/\[section number and text unverified\]$/);
    const c = pageCitations({ ...page, key: page.citeKey, accessed: '2026-12-01' }, 'AI CSAM Law');
    expect(c.bibtex).toMatch(/^@misc\{AICSAMLaw:uk:example-act-2020:s-1,/);
    for (const f of [c.apa, c.bibtex, c.cslJson]) expect(f).toContain('[section number and text unverified]');
  });
});

describe('legal citations of what a row or gap rests on', () => {
  const kb = { instruments: [A, B], topics: [], sources: [] };
  it('cites each provision once, in order, skipping references that do not resolve', () => {
    expect(
      legalCitationsOf(kb, [
        'uk/example-act-2020#s-2',
        'eu/example-regulation#art-5',
        'uk/example-act-2020#s-2',
        'uk/gone#s-1',
      ]).map((c) => [c.style, c.text.slice(0, 24)]),
    ).toEqual([
      ['OSCOLA', 'Example Act 2020, s 2'],
      ['EU', 'Article 5 of Regulation '],
    ]);
  });
});

describe('page citations', () => {
  const page = {
    title: 'Example Act 2020 & "friends"',
    path: '/instruments/uk/example-act-2020/#s-1',
    site: 'https://kb.example',
    asOf: '2026-11-21',
    accessed: '2026-12-01',
    key: citeKeys.provision('uk/example-act-2020', 's-1'),
  };
  const c = pageCitations(page, 'AI CSAM Law');
  const url = 'https://kb.example/instruments/uk/example-act-2020/#s-1';
  it('keys are derived from what is cited', () => {
    expect(page.key).toBe('AICSAMLaw:uk:example-act-2020:s-1');
    expect(citeKeys.gap('penalties', 'uk')).toBe('AICSAMLaw:gap:penalties:uk');
    expect(citeKeys.topicRow('penalties', 'uk')).not.toBe(citeKeys.gap('penalties', 'uk'));
  });
  it('APA gives the as-of date and, apart, the retrieval date (the build date)', () => {
    expect(c.apa).toBe(
      `AI CSAM Law. (2026, November 21). Example Act 2020 & “friends.” Retrieved December 1, 2026, from ${url}`,
    );
  });
  it('BibTeX: valid fields, parsed back by an independent parser', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{AICSAMLaw:uk:example-act-2020:s-1,',
        '  author = {{AI CSAM Law}},',
        '  title = {{Example Act 2020 \\& "friends"}},',
        '  year = {2026},',
        '  month = nov,',
        `  url = {${url}},`,
        '  urldate = {2026-12-01},',
        '  note = {Content as of 2026-11-21},',
        '}',
      ].join('\n'),
    );
    const [parsed] = new Cite(c.bibtex).data;
    expect(parsed).toMatchObject({
      'citation-key': 'AICSAMLaw:uk:example-act-2020:s-1',
      title: 'Example Act 2020 & "friends"',
      URL: url,
      issued: { 'date-parts': [[2026, 11]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
    expect(c.bibtex).not.toContain('howpublished');
    expect(bibtexEscape('50% of {x}_y #1')).toBe('50\\% of \\{x\\}\\_y \\#1');
  });
  it('CSL-JSON keeps the as-of (issued) and access dates apart', () => {
    expect(JSON.parse(c.cslJson)).toEqual({
      id: 'AICSAMLaw:uk:example-act-2020:s-1',
      type: 'webpage',
      title: page.title,
      author: [{ literal: 'AI CSAM Law' }],
      URL: url,
      issued: { 'date-parts': [[2026, 11, 21]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      note: 'Content as of 2026-11-21',
    });
  });
  it('a local build cites the path and says it has no public address, in every format', () => {
    const local = pageCitations({ ...page, site: undefined }, 'AI CSAM Law');
    expect(local.url).toBe('/instruments/uk/example-act-2020/#s-1');
    expect(local.apa).toMatch(/from \/instruments\/uk\/example-act-2020\/#s-1 \(local build: no public address\)$/);
    expect(local.bibtex).toContain('url = {/instruments/uk/example-act-2020/#s-1}');
    expect(local.bibtex).toContain('note = {Content as of 2026-11-21; local build: no public address}');
    expect(JSON.parse(local.cslJson).note).toBe('Content as of 2026-11-21; local build: no public address');
  });
});
