/** The uk row is derived from its three legal systems on every date, by one rule (src/lib/derived-rows.ts). */
import { describe, expect, it } from 'vitest';
import { DERIVED_ROWS, derivedHistory, wholeGrade, withDerivedRows } from '../../src/lib/derived-rows';
import { buildMatrix } from '../../src/lib/matrix';
import { partsGrade, gradeCounts } from '../../src/lib/states';
import { topicSchema, type Assessment, type Topic } from '../../src/schemas';
import { COVERAGE_GRADES, type CoverageGradeId } from '../../src/vocab';
import { topic } from '../fixtures/kb';

const KNOWN = COVERAGE_GRADES.filter((g) => g !== 'unknown');
const step = (from: string, grade: CoverageGradeId, note = `Step ${from}.`, sources: string[] = []) => ({
  from,
  grade,
  note,
  sources,
});
const part = (row: string, history: Assessment['history'], sources = [`src-${row}`]) =>
  ({ row, history, summary: 'x', provisions: [], positions: [], asOf: '2026-12-01', sources }) as Assessment;

describe('the grade of the UK from its legal systems', () => {
  it('is the group rule wherever the unknown parts cannot change it, and unknown where they could', () => {
    // Every combination of three grades, against the definition: the grade the group rule gives
    // whatever each unknown part turns out to be.
    const all = COVERAGE_GRADES.flatMap((a) => COVERAGE_GRADES.flatMap((b) => COVERAGE_GRADES.map((c) => [a, b, c])));
    for (const grades of all) {
      let fillings: CoverageGradeId[][] = [[]];
      for (const g of grades) fillings = fillings.flatMap((f) => (g === 'unknown' ? KNOWN : [g]).map((x) => [...f, x]));
      const outcomes = new Set(fillings.map((f) => partsGrade(gradeCounts(f), 3)));
      const want = outcomes.size === 1 ? [...outcomes][0] : 'unknown';
      expect(wholeGrade(grades), grades.join(', ')).toBe(want);
    }
  });
  it('reads as documented', () => {
    expect(wholeGrade(['explicit', 'explicit', 'explicit'])).toBe('explicit');
    expect(wholeGrade(['explicit', 'partial', 'explicit'])).toBe('partial');
    expect(wholeGrade(['explicit', 'none', 'unknown'])).toBe('partial');
    expect(wholeGrade(['partial', 'unknown', 'unknown'])).toBe('partial');
    expect(wholeGrade(['explicit', 'explicit', 'unknown'])).toBe('unknown');
    expect(wholeGrade(['none', 'none', 'unknown'])).toBe('unknown');
    expect(wholeGrade(['none', 'none', 'none'])).toBe('none');
    expect(wholeGrade(['none', 'proposed', 'none'])).toBe('proposed');
    expect(wholeGrade(['not-yet-applicable', 'proposed', 'none'])).toBe('not-yet-applicable');
    expect(wholeGrade([])).toBe('unknown');
  });
});

describe('the derived uk history', () => {
  const uk = DERIVED_ROWS.get('uk')!;
  const t = {
    assessments: [
      part('uk', []),
      part('uk-ew', [step('1995-02-03', 'explicit', 'The 1994 Act applies.', ['ew-1'])]),
      part('uk-sct', [
        step('1995-02-03', 'explicit', 'The 1994 Act applies.', ['sct-1']),
        step('2030-01-01', 'partial'),
      ]),
      part('uk-ni', [step('2010-04-06', 'partial', 'Found.')]),
    ],
  };
  it('is derived from uk-ew, uk-sct and uk-ni', () => {
    expect(uk.rows).toEqual(['uk-ew', 'uk-sct', 'uk-ni']);
  });
  it('has a step wherever the grade changes, saying which system changed and why, with its sources', () => {
    const h = derivedHistory(t, uk);
    expect(h.map((s) => [s.from, s.grade])).toEqual([
      ['1995-02-03', 'unknown'],
      ['2010-04-06', 'partial'],
    ]);
    expect(h[0].note).toBe(
      'England and Wales and Scotland: The 1994 Act applies. Derived from the UK legal systems: England and ' +
        'Wales, covered explicitly; Scotland, covered explicitly; Northern Ireland, not assessed.',
    );
    expect(h[0].sources).toEqual(['ew-1', 'sct-1']);
    // A step that cites nothing of its own takes its assessment's sources.
    expect(h[1].sources).toEqual(['src-uk-ni']);
  });
  it('replaces the uk history in every view, and stays right on any date', () => {
    const base = topicSchema.parse(topic('chatbots'));
    const d = withDerivedRows({ ...base, assessments: [...base.assessments, ...t.assessments.slice(1)] });
    const kb = { topics: [{ ...d, id: 'chatbots' } as Topic] };
    const grade = (date: string) => buildMatrix(kb, date).cells.chatbots.uk.grade;
    expect(grade('1995-02-02')).toBe('unknown');
    expect(grade('2010-04-05')).toBe('unknown');
    expect(grade('2010-04-06')).toBe('partial');
    expect(grade('2031-01-01')).toBe('partial');
    // Other rows are untouched.
    expect(d.assessments.find((a) => a.row === 'eu')).toBe(base.assessments.find((a) => a.row === 'eu'));
  });
});
