/** Gap lists for the parts of a jurisdiction, and the paste-ready texts. */
import { describe, expect, it } from 'vitest';
import { instrumentSchema, sourceSchema, topicSchema, type Topic } from '../../src/schemas';
import type { KnowledgeBase } from '../../src/lib/kb';
import { countCheck, gapText, partGapList, partGapText, reachBreakdown } from '../../src/lib/gaps';
import { gapList } from '../../src/lib/matrix';
import { PART_GROUPS } from '../../src/lib/states';
import { TOPICS } from '../../src/vocab';
import { instrumentA, sources, topic } from '../fixtures/kb';

const states = PART_GROUPS.find((g) => g.id === 'states')!;
const step = (grade: string, from = '2024-01-01') => ({ from, grade, note: `${grade}.` });
const row = (r: string, history: object[], extra: object = {}) => ({
  row: r,
  history,
  summary: `Assessment of ${r}.`,
  provisions: [],
  gaps: `Gap in ${r}.`,
  asOf: '2026-11-21',
  sources: ['leg-a'],
  ...extra,
});

const t: Topic = {
  ...topicSchema.parse({
    ...topic('sextortion'),
    assessments: [
      ...topic('sextortion').assessments,
      row('us-va', [step('explicit')]),
      row('us-tx', [step('partial')], { provisions: ['uk/example-act-2020#s-1'], sources: ['leg-a', 'news-a'] }),
      row('us-ca', [step('proposed'), step('explicit', '2027-01-01')]),
      row('us-ak', [step('unknown')], { gaps: 'Searched the Alaska Statutes title 11; nothing found.' }),
    ],
  }),
  id: 'sextortion',
};
const kb: KnowledgeBase = {
  instruments: [{ ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' }],
  topics: [t],
  sources: sources().map((s) => sourceSchema.parse(s)),
};

describe('part gap lists', () => {
  it('lists the states short of explicit coverage apart from those not established, with counts', () => {
    const list = partGapList(kb, t, states, '2026-12-01')!;
    expect(list.gaps.map((c) => [c.row, c.grade])).toEqual([
      ['us-ca', 'proposed'],
      ['us-tx', 'partial'],
    ]);
    expect(list.gaps[1].provisions).toEqual(['Section 1']);
    // Unassessed states count as not established, with the assessed "unknown".
    expect(list.unknown).toHaveLength(51 - 3);
    expect(list.paragraph).toMatch(
      /^Sextortion: as of 2026-12-01, the law of 1 of 51 \(the 50 states and DC\) covers this explicitly; 2 fall short of explicit coverage: California \(only a bill or proposal\), Texas \(partly\)\. For 48 the position has not been established: Alabama, Alaska,/,
    );
  });

  it('follows the date: a state drops out on the day its law applies', () => {
    const list = partGapList(kb, t, states, '2027-01-01')!;
    expect(list.gaps.map((c) => c.row)).toEqual(['us-tx']);
  });

  it('is undefined for a group the topic does not assess', () => {
    expect(
      partGapList(
        kb,
        t,
        PART_GROUPS.find((g) => g.id === 'member-states')!,
        '2026-12-01',
      ),
    ).toBeUndefined();
  });

  it('pastes as plain text with numbered sources, their weight and both dates', () => {
    const text = partGapText(partGapList(kb, t, states, '2026-12-01')!, kb.sources, 'https://x.test/gaps/states/');
    expect(text).toContain('- Texas: Covered partly or indirectly (Section 1). Gap in us-tx. [1, 2]');
    expect(text).toContain('[2] A secondary commentary. Example Law LLP (secondary); published 2026-01-10.');
    expect(text).toContain('(official); date of publication not recorded; accessed 2026-11-21.');
    expect(text.endsWith('From: https://x.test/gaps/states/ (as of 2026-12-01).')).toBe(true);
    expect(text).not.toMatch(/[<>]/);
  });
});

describe('main gap list', () => {
  it('marks a cell not established and cites nothing for it', () => {
    const topics = TOPICS.map((id) => ({ ...topicSchema.parse(topic(id)), id }));
    topics[0].assessments[0].history = [{ from: '2000-01-01', grade: 'unknown', note: 'Not researched.', sources: [] }];
    const gaps = gapList({ topics }, '2026-12-01');
    const first = gaps.find((g) => g.cell.topic === topics[0].id && g.cell.row === 'uk')!;
    expect(first.established).toBe(false);
    expect(first.sources).toEqual([]);
    expect(first.paragraph).toContain('has not been established on this');
    expect(gaps.filter((g) => g.established).every((g) => g.sources.length > 0)).toBe(true);
  });

  it('pastes a gap with its sources and the page it came from', () => {
    expect(gapText('A paragraph.', kb.sources.slice(1, 2), 'https://x.test/gaps/#a', '2026-12-01')).toBe(
      [
        'A paragraph.',
        '',
        'Sources:',
        '[1] A secondary commentary. Example Law LLP (secondary); published 2026-01-10. https://example.com/commentary',
        '',
        'From: https://x.test/gaps/#a (as of 2026-12-01).',
      ].join('\n'),
    );
  });
});

describe("a report's count checked against the data", () => {
  it('counts the states with the grades the claim counts, on the date', () => {
    const check = countCheck(t, { claimed: 45, group: 'states', grades: ['explicit', 'partial'] }, '2026-12-01')!;
    expect(check.supported).toBe(2);
    expect(check.sentence).toBe(
      'Checked against this knowledge base as of 2026-12-01: the report counts 45; the data supports 2 of 51 ' +
        '(the 50 states and DC) (covered explicitly or covered partly or indirectly). In full: Covered ' +
        'explicitly in 1, partly in 1, only proposed in 1, not yet researched or nothing found in 48 of 51 ' +
        '(the 50 states and DC).',
    );
    expect(countCheck(t, { claimed: 45, group: 'states', grades: ['explicit'] }, '2027-01-01')!.supported).toBe(2);
  });
});

describe('what the states reach (AI CSAM reach facts)', () => {
  const reach = (realChild: string, whollySynthetic: string) => ({
    realChild,
    whollySynthetic,
    possession: 'yes',
    production: 'yes',
    distribution: 'yes',
  });
  const r = (row: string, steps: [string, object][]) => ({
    ...row0(row),
    history: steps.map(([from, x]) => ({ from, reach: x, note: 'Found.' })),
  });
  const row0 = (id: string) => ({
    row: id,
    summary: `Assessment of ${id}.`,
    provisions: [],
    gaps: `Gap in ${id}.`,
    asOf: '2026-11-21',
    sources: ['leg-a'],
  });
  const ai: Topic = {
    ...topicSchema.parse({
      ...topic('ai-csam-offences'),
      assessments: [
        ...topic('ai-csam-offences').assessments,
        r('us-va', [['2024-07-01', reach('yes', 'yes')]]),
        r('us-tx', [['2023-09-01', reach('yes', 'obscene-only')]]),
        r('us-oh', [['2026-12-01', reach('yes', 'no')]]),
        r('us-ca', [
          ['2020-01-01', reach('unknown', 'no')],
          ['2027-01-01', reach('yes', 'yes')],
        ]),
      ],
    }),
    id: 'ai-csam-offences',
  };

  it('names every state that does not cover wholly synthetic material, by answer, with counts', () => {
    const b = reachBreakdown(ai, states, 'whollySynthetic', '2026-12-01')!;
    expect(b.answers.map((a) => [a.answer, a.rows.length])).toEqual([
      ['yes', 1],
      ['obscene-only', 1],
      ['no', 2],
      ['unknown', 47],
    ]);
    expect(b.answers[2].rows).toEqual(['us-ca', 'us-oh']);
    expect(b.sentence).toMatch(
      /^Wholly synthetic material depicting no real child: as of 2026-12-01, the law of 1 of 51 \(the 50 states and DC\) covers it; covered only if obscene in 1 \(Texas\); not covered in 2 \(California, Ohio\); not established in 47 \(Alabama, /,
    );
  });

  it('follows the date, and has no "only if obscene" answer for images of real children', () => {
    const before = reachBreakdown(ai, states, 'whollySynthetic', '2026-11-30')!;
    expect(before.answers.find((a) => a.answer === 'no')!.rows).toEqual(['us-ca']);
    const later = reachBreakdown(ai, states, 'realChild', '2027-01-01')!;
    expect(later.answers.map((a) => a.answer)).toEqual(['yes', 'no', 'unknown']);
    expect(later.answers[0].rows).toEqual(['us-ca', 'us-oh', 'us-tx', 'us-va']);
  });

  it('is undefined where no state records reach facts', () => {
    expect(reachBreakdown(t, states, 'whollySynthetic', '2026-12-01')).toBeUndefined();
  });
});
