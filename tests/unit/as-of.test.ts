import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument } from '../../src/schemas';
import { isLawOn, stageOn } from '../../src/lib/as-of';
import { instrumentStatus, provisionStatus } from '../../src/lib/status';
import { instrumentA, instrumentB } from '../fixtures/kb';

const A: Instrument = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
const B: Instrument = { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' };

describe('stage on a date', () => {
  it('is undefined before the first event, then follows the timeline', () => {
    expect(stageOn(A, '2019-05-31')).toBeUndefined();
    expect(stageOn(A, '2019-06-01')).toBe('introduced');
    expect(stageOn(A, '2020-01-14')).toBe('introduced');
    expect(stageOn(A, '2020-01-15')).toBe('enacted');
    expect(stageOn(B, '2025-01-01')).toBe('proposed');
    expect(stageOn(B, '2025-06-13')).toBe('adopted');
  });
  it('counts a second chamber vote as passing both chambers', () => {
    const bill: Instrument = {
      ...A,
      timeline: [
        { date: '2025-01-01', type: 'introduced', event: 'Introduced', sources: ['x'] },
        { date: '2025-02-01', type: 'passed-chamber', event: 'Senate', sources: ['x'] },
        { date: '2025-04-01', type: 'passed-chamber', event: 'House', sources: ['x'] },
      ],
    };
    expect(stageOn(bill, '2025-03-01')).toBe('passed-one-chamber');
    expect(stageOn(bill, '2025-04-01')).toBe('passed-both-chambers');
  });
});

describe('in force on a date', () => {
  it('is "no" before entry into force and follows provision commencement dates after', () => {
    expect(isLawOn(A, '2020-02-01')).toBe(true);
    expect(instrumentStatus(A, '2020-02-01').id).toBe('not-yet-in-force');
    expect(instrumentStatus(A, '2026-11-21').id).toBe('partly-in-force');
    expect(instrumentStatus(A, '2027-01-01').id).toBe('in-force');
  });
  it('gives each provision its own date', () => {
    const [s1, s2] = A.provisions;
    expect(provisionStatus(A, s1, '2026-11-21').id).toBe('in-force');
    expect(provisionStatus(A, s2, '2026-12-31').id).toBe('not-yet-in-force');
    expect(provisionStatus(A, s2, '2027-01-01').id).toBe('in-force');
  });
  it('reads a bill as a bill, not as law in force', () => {
    expect(instrumentStatus({ ...A, kind: 'bill', timeline: [A.timeline[0]] }, '2026-11-21').id).toBe('bill');
  });
  it('ends at expiry', () => {
    const expiring: Instrument = {
      ...B,
      timeline: [...B.timeline, { date: '2026-04-03', type: 'expiry', event: 'Expired', sources: ['x'] }],
    };
    expect(instrumentStatus(expiring, '2026-04-02').id).toBe('in-force');
    expect(instrumentStatus(expiring, '2026-04-03').id).toBe('no-longer-in-force');
    expect(stageOn(expiring, '2026-04-03')).toBe('expired');
  });
});

describe('stage progress', () => {
  it('does not go back when the second chamber takes the bill into committee', () => {
    const bill: Instrument = {
      ...A,
      timeline: [
        { date: '2025-01-01', type: 'introduced', event: 'Introduced in the Commons', sources: ['x'] },
        { date: '2025-06-18', type: 'passed-chamber', event: 'Passed the Commons', sources: ['x'] },
        { date: '2025-06-19', type: 'introduced', event: 'Introduced in the Lords', sources: ['x'] },
        { date: '2025-10-01', type: 'committee', event: 'Lords committee', sources: ['x'] },
      ],
    };
    expect(stageOn(bill, '2025-10-02')).toBe('passed-one-chamber');
  });
  it('ignores Official Journal publication after adoption', () => {
    const reg: Instrument = {
      ...B,
      timeline: [...B.timeline.slice(0, 2), { date: '2025-07-01', type: 'published', event: 'OJ', sources: ['x'] }],
    };
    expect(stageOn(reg, '2025-07-02')).toBe('adopted');
  });
});
