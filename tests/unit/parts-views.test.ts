/** The views of parts: the tables of states in each order, and the folded matrices on any date. */
import { describe, expect, it } from 'vitest';
import { topicSchema, type Topic } from '../../src/schemas';
import type { KnowledgeBase } from '../../src/lib/kb';
import { partsMatrices } from '../../src/lib/matrix';
import { orderParts, partTables } from '../../src/lib/views';
import { TOPICS, type CoverageGradeId } from '../../src/vocab';
import { topic } from '../fixtures/kb';

const step = (from: string, grade: CoverageGradeId) => ({ from, grade, note: 'x', sources: [] });
const part = (row: string, history: ReturnType<typeof step>[], asOf = '2026-12-01') => ({
  row,
  history,
  summary: `About ${row}.`,
  provisions: [],
  positions: [],
  asOf,
  sources: ['leg-a'],
});

function kbWith(parts: ReturnType<typeof part>[]): KnowledgeBase {
  const topics = TOPICS.map((id) => {
    const t = topicSchema.parse(topic(id));
    if (id === 'chatbots') t.assessments.push(...(parts as Topic['assessments']));
    return { ...t, id };
  });
  return { instruments: [], topics, sources: [] };
}

const kb = kbWith([
  part('us-va', [step('2024-07-01', 'explicit')]),
  part('us-tx', [step('2025-09-01', 'partial')]),
  part('us-ak', [step('2026-12-01', 'unknown')]),
  part('eu-de', [step('2026-12-01', 'partial')]),
]);

describe('the table of states', () => {
  const states = partTables(
    kb,
    kb.topics.find((t) => t.id === 'chatbots')!,
    '2026-12-01',
  ).find((p) => p.group.id === 'states')!;
  it('lists all 51, with the date each grade took effect unless it was only found on the assessment date', () => {
    expect(states.rows).toHaveLength(51);
    const va = states.rows.find((r) => r.row === 'us-va')!;
    expect(va).toMatchObject({ grade: 'explicit', tookEffect: '2024-07-01' });
    expect(states.rows.find((r) => r.row === 'us-ak')!.tookEffect).toBeUndefined();
    expect(states.map?.tiles).toHaveLength(51);
  });
  it('reads by name, by grade (fullest first) and by year (oldest first, unknown dates last)', () => {
    const first = (order: Parameters<typeof orderParts>[1]) => orderParts(states.rows, order).map((r) => r.row);
    expect(first('by-name').slice(0, 3)).toEqual(['us-al', 'us-ak', 'us-az']);
    expect(first('by-grade').slice(0, 2)).toEqual(['us-va', 'us-tx']);
    expect(first('by-year').slice(0, 2)).toEqual(['us-va', 'us-tx']);
    expect(first('by-year').at(-1)).toBe('us-wy');
  });
});

describe('the matrices of parts', () => {
  it('fold each group with assessed rows under its parent, with a line per topic, on any date', () => {
    const now = partsMatrices(kb, '2026-12-01');
    expect(now.map((p) => p.group.id)).toEqual(['states', 'member-states']);
    const us = now[0];
    expect(us.matrix.rows).toEqual(['us-ak', 'us-tx', 'us-va']);
    expect(us.matrix.topics).toEqual(['chatbots']);
    expect(us.lines).toEqual([
      {
        topic: 'chatbots',
        sentence:
          'Covered explicitly in 1, partly in 1, not yet researched or nothing found in 49 ' +
          'of 51 (the 50 states and DC)',
      },
    ]);
    const before = partsMatrices(kb, '2025-01-01')[0].matrix;
    expect(before.cells.chatbots['us-va'].grade).toBe('explicit');
    expect(before.cells.chatbots['us-tx'].grade).toBe('unknown');
    expect(partsMatrices(kb, '2026-12-01', ['eu']).map((p) => p.group.id)).toEqual(['member-states']);
  });
});
