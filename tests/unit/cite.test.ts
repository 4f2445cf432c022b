import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument } from '../../src/schemas';
import { bluebookPinpoint, legalCitation, oscolaPinpoint, pageCitations } from '../../src/lib/cite';
import { instrumentA, instrumentB } from '../fixtures/kb';

const A: Instrument = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
const B: Instrument = {
  ...instrumentSchema.parse({ ...instrumentB(), citation: 'Regulation (EU) 2030/1, OJ L, 2030/1, 1.2.2030' }),
  id: 'eu/example-regulation',
};
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

describe('legal citations', () => {
  it('OSCOLA for a UK Act and its section', () => {
    expect(legalCitation(A)).toEqual({ style: 'OSCOLA', text: 'Example Act 2020' });
    expect(legalCitation(A, A.provisions[0]).text).toBe('Example Act 2020, s 1');
    expect(oscolaPinpoint('Sections 73 and 74')).toBe('ss 73 and 74');
    expect(oscolaPinpoint('Schedule 13, paragraph 4')).toBe('sch 13, para 4');
  });
  it('Bluebook for a US public law, a bill, a case and the Code', () => {
    expect(legalCitation(usStatute).text).toBe('TAKE IT DOWN Act, Pub. L. No. 119-12, 139 Stat. 55 (2025)');
    expect(legalCitation(usStatute, { ...A.provisions[0], label: 'Section 3' }).text).toBe(
      'TAKE IT DOWN Act, Pub. L. No. 119-12, 139 Stat. 55, § 3 (2025)',
    );
    expect(legalCitation(usBill).text).toBe('GUARD Act, S. 3062, 119th Cong. (2025)');
    expect(legalCitation(usCase).text).toBe('Ashcroft v. Free Speech Coalition, 535 U.S. 234 (2002)');
    expect(legalCitation(usCode, { ...A.provisions[0], label: '18 U.S.C. 2256(8)(B)' }).text).toBe(
      '18 U.S.C. § 2256(8)(B)',
    );
    expect(bluebookPinpoint('Section 2(b)')).toBe('§ 2(b)');
  });
  it('EU style for a regulation and its article', () => {
    expect(legalCitation(B)).toEqual({
      style: 'EU',
      text: 'Regulation (EU) 2030/1 on examples (OJ L, 2030/1, 1.2.2030)',
    });
    expect(legalCitation(B, B.provisions[0]).text).toBe('Article 5 of Regulation (EU) 2030/1 (OJ L, 2030/1, 1.2.2030)');
  });
});

describe('page citations (citation-js)', () => {
  const page = {
    title: 'Example Act 2020',
    url: 'https://kb.example/instruments/uk/example-act-2020/#s-1',
    asOf: '2026-11-21',
    accessed: '2026-11-22',
    key: 'uk-example-act-2020-s-1',
  };
  const c = pageCitations(page, 'AI CSAM Law');
  it('APA', () => {
    expect(c.apa).toBe(
      'AI CSAM Law. (2026, November 21). Example Act 2020. https://kb.example/instruments/uk/example-act-2020/#s-1',
    );
  });
  it('BibTeX', () => {
    expect(c.bibtex).toMatch(/^@misc\{/);
    expect(c.bibtex).toContain('author = {{AI CSAM Law}}');
    expect(c.bibtex).toContain('url = {https://kb.example/instruments/uk/example-act-2020/#s-1}');
    expect(c.bibtex).toContain('note = {As of 2026-11-21}');
  });
  it('CSL-JSON', () => {
    expect(JSON.parse(c.cslJson)).toEqual({
      id: 'uk-example-act-2020-s-1',
      type: 'webpage',
      title: 'Example Act 2020',
      author: [{ literal: 'AI CSAM Law' }],
      URL: page.url,
      issued: { 'date-parts': [[2026, 11, 21]] },
      accessed: { 'date-parts': [[2026, 11, 22]] },
      note: 'As of 2026-11-21',
    });
  });
});
