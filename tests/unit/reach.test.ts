/** The grade of an AI CSAM law follows from what it reaches, by one rule (src/lib/reach.ts). */
import { describe, expect, it } from 'vitest';
import { gradeFromReach } from '../../src/lib/reach';
import { gradeStepSchema, type Reach } from '../../src/schemas';

const all = (v: 'yes' | 'no' | 'unknown'): Reach => ({
  realChild: v,
  whollySynthetic: v,
  possession: v,
  production: v,
  distribution: v,
});

describe('grade from reach', () => {
  it.each([
    ['every fact yes', all('yes'), 'explicit'],
    ['drawings not covered does not lower it', { ...all('yes'), drawings: 'no' }, 'explicit'],
    ['wholly synthetic only when obscene', { ...all('yes'), whollySynthetic: 'obscene-only' }, 'partial'],
    ['real children only', { ...all('yes'), whollySynthetic: 'no' }, 'partial'],
    ['possession not an offence', { ...all('yes'), possession: 'no' }, 'partial'],
    ['an act not an offence for wholly synthetic material', { ...all('yes'), syntheticActs: 'no' }, 'partial'],
    ['whether the acts reach synthetic material not found', { ...all('yes'), syntheticActs: 'unknown' }, 'partial'],
    ['the acts said to apply alike', { ...all('yes'), syntheticActs: 'yes' }, 'explicit'],
    ['production not found', { ...all('yes'), production: 'unknown' }, 'partial'],
    ['only obscene synthetic, nothing else found', { ...all('unknown'), whollySynthetic: 'obscene-only' }, 'partial'],
    ['a source says neither is reached', { ...all('unknown'), realChild: 'no', whollySynthetic: 'no' }, 'none'],
    ['synthetic not reached, real children not found', { ...all('unknown'), whollySynthetic: 'no' }, 'unknown'],
    [
      'the acts are offences, but what material is reached is not established',
      { ...all('yes'), realChild: 'unknown', whollySynthetic: 'no' },
      'unknown',
    ],
    ['nothing found', all('unknown'), 'unknown'],
  ] as [string, Reach, string][])('%s -> %s', (_name, reach, grade) => {
    expect(gradeFromReach(reach)).toBe(grade);
  });
});

describe('a grade step with reach facts', () => {
  const step = { from: '2024-07-01', note: 'SB 731 took effect.' };
  it('takes its grade from them', () => {
    expect(gradeStepSchema.parse({ ...step, reach: all('yes') }).grade).toBe('explicit');
  });
  it('refuses a typed grade that contradicts them, naming the rule', () => {
    const r = gradeStepSchema.safeParse({ ...step, reach: all('yes'), grade: 'partial' });
    expect(r.error?.issues[0].message).toBe(
      'the reach facts give "explicit" (src/lib/reach.ts); omit grade or correct the facts',
    );
  });
  it('needs a grade or reach facts', () => {
    expect(gradeStepSchema.safeParse(step).error?.issues[0].message).toBe('give a grade, or reach facts');
  });
});
