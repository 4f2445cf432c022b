/** The US states row is derived from the state rows by one rule: no count is typed by hand. */
import { describe, expect, it } from 'vitest';
import { STATE_ROWS, statesSummary } from '../../src/lib/states';
import type { Assessment } from '../../src/schemas';
import type { CoverageGradeId } from '../../src/vocab';

const row = (r: string, grade: CoverageGradeId, from = '2024-07-01') =>
  ({ row: r, history: [{ from, grade, note: 'x', sources: [] }] }) as unknown as Assessment;

describe('states summary', () => {
  it('is absent when no state is assessed', () => {
    expect(statesSummary({ assessments: [row('us-states', 'partial')] }, '2026-12-01')).toBeUndefined();
  });
  it('counts every state and DC, the unassessed ones as unknown, and says so in words', () => {
    const s = statesSummary({ assessments: [row('us-va', 'explicit'), row('us-tx', 'partial')] }, '2026-12-01')!;
    expect(s.counts).toMatchObject({ explicit: 1, partial: 1, unknown: 49 });
    expect(s.grade).toBe('partial');
    expect(s.sentence).toBe(
      'Covered explicitly in 1, partly in 1, not yet researched or nothing found in 49 of 51 (the 50 states and DC)',
    );
    expect(s.short).toBe('Of 51 (the 50 states and DC): 1 explicit, 1 partial, 49 unknown');
  });
  it('is explicit only when every state is', () => {
    expect(statesSummary({ assessments: STATE_ROWS.map((r) => row(r, 'explicit')) }, '2026-12-01')!.grade).toBe(
      'explicit',
    );
  });
  it('is none only when every state is none, and unknown when nothing is known', () => {
    expect(statesSummary({ assessments: STATE_ROWS.map((r) => row(r, 'none')) }, '2026-12-01')!.grade).toBe('none');
    expect(statesSummary({ assessments: [row('us-va', 'none')] }, '2026-12-01')!.grade).toBe('unknown');
    expect(statesSummary({ assessments: [row('us-va', 'proposed')] }, '2026-12-01')!.grade).toBe('proposed');
  });
  it('follows each state on the date: a state counts from the day its law took effect', () => {
    const a = { assessments: [row('us-va', 'explicit', '2024-07-01')] };
    expect(statesSummary(a, '2024-06-30')!.grade).toBe('unknown');
    expect(statesSummary(a, '2024-07-01')!.grade).toBe('partial');
  });
});
