import { describe, expect, it } from 'vitest';
import { topicSchema, type Topic } from '../../src/schemas';
import { buildMatrix, gapList, gradeChangeText } from '../../src/lib/matrix';
import { gradeOn, nextGradeChange, nextStep } from '../../src/lib/assessments';
import { topic } from '../fixtures/kb';
import { TOPICS } from '../../src/vocab';

function topics(): Topic[] {
  return TOPICS.map((id) => {
    const t = topicSchema.parse(topic(id));
    if (id === 'csa-image-generators') {
      t.assessments[0].history = [
        { from: '2000-01-01', grade: 'none', note: 'No offence.', sources: [] },
        { from: '2026-04-29', grade: 'not-yet-applicable', note: 'Enacted.', sources: [] },
        { from: '2026-06-29', grade: 'explicit', note: 'Commenced.', sources: [] },
      ];
    }
    return { ...t, id };
  });
}

describe('grades over time', () => {
  const a = topics()[0].assessments[0];
  it('takes the last step on or before the date', () => {
    expect(gradeOn(a, '1999-12-31')).toBeUndefined();
    expect(gradeOn(a, '2024-12-31')).toBe('none');
    expect(gradeOn(a, '2026-05-01')).toBe('not-yet-applicable');
    expect(gradeOn(a, '2026-06-29')).toBe('explicit');
    expect(nextStep(a, '2026-05-01')?.from).toBe('2026-06-29');
  });
});

describe('the next change of grade', () => {
  const a = {
    history: [
      { from: '2020-01-01', grade: 'partial' as const, note: 'Partly.', sources: [] },
      { from: '2026-12-02', grade: 'partial' as const, note: 'A new law; still partly.', sources: [] },
      { from: '2027-08-02', grade: 'explicit' as const, note: 'Applies.', sources: [] },
    ],
  };
  it('skips later steps that keep the grade', () => {
    expect(nextStep(a, '2026-12-01')?.from).toBe('2026-12-02');
    expect(nextGradeChange(a, '2026-12-01')).toMatchObject({ from: '2027-08-02', grade: 'explicit' });
    expect(nextGradeChange(a, '2027-08-02')).toBeUndefined();
    expect(nextGradeChange({ history: a.history.slice(0, 2) }, '2026-12-01')).toBeUndefined();
  });
  it('counts the first step as a change from "unknown" before it', () => {
    expect(nextGradeChange(a, '2019-06-01')).toMatchObject({ from: '2020-01-01', grade: 'partial' });
  });
  it('says in words from which grade to which', () => {
    expect(gradeChangeText({ grade: 'partial', next: { from: '2027-08-02', grade: 'explicit', note: '' } })).toBe(
      'On 2027-08-02 this changes from “Covered partly or indirectly” to “Covered explicitly”',
    );
    expect(gradeChangeText({ grade: 'partial' })).toBeUndefined();
  });
});

describe('matrix', () => {
  const kb = { topics: topics() };
  it('has a cell for every topic and row, derived from the assessments', () => {
    const m = buildMatrix(kb, '2026-11-21');
    expect(m.topics).toEqual([...TOPICS]);
    for (const t of m.topics) for (const r of m.rows) expect(m.cells[t][r]).toBeDefined();
    expect(m.cells['csa-image-generators'].uk.grade).toBe('explicit');
    expect(m.cells['csa-image-generators'].uk.since).toBe('2026-06-29');
    expect(buildMatrix(kb, '2024-12-31').cells['csa-image-generators'].uk.grade).toBe('none');
    expect(buildMatrix(kb, '2026-05-01').cells['csa-image-generators'].uk.next).toMatchObject({
      from: '2026-06-29',
      grade: 'explicit',
    });
  });
  it('announces only a change of grade, not a later step with the same grade', () => {
    const t = topics();
    t[0].assessments.find((a) => a.row === 'eu')!.history = [
      { from: '2000-01-01', grade: 'partial', note: 'Partly.', sources: [] },
      { from: '2026-12-02', grade: 'partial', note: 'Still partly.', sources: [] },
      { from: '2027-08-02', grade: 'explicit', note: 'Applies.', sources: [] },
    ];
    const m = (date: string) => buildMatrix({ topics: t }, date).cells[t[0].id].eu;
    expect(m('2026-12-01').next).toMatchObject({ from: '2027-08-02', grade: 'explicit' });
    expect(m('2027-08-02').next).toBeUndefined();
  });
  it('grades "unknown" before an assessment\'s first step', () => {
    expect(buildMatrix(kb, '1999-01-01').cells.penalties.eu.grade).toBe('unknown');
  });
  it('lists every cell short of explicit as a gap with a citable paragraph', () => {
    const gaps = gapList(kb, '2026-11-21');
    expect(gaps).toHaveLength(TOPICS.length * 4 - 1);
    expect(gaps.find((g) => g.cell.topic === 'csa-image-generators' && g.cell.row === 'uk')).toBeUndefined();
    const g = gaps.find((x) => x.cell.topic === 'chatbots' && x.cell.row === 'eu')!;
    expect(g.paragraph).toBe(
      'Chatbots: as of 2026-11-21, the law of the European Union does not address this. Nothing covers it.',
    );
    expect(g.sources).toEqual(['leg-a']);
  });
});
