import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument } from '../../src/schemas';
import { instrumentStatus, provisionStatus, statusText, transpositionOn } from '../../src/lib/status';
import { stageOn } from '../../src/lib/as-of';
import { LEGAL_STATUS_LABELS } from '../../src/vocab';
import { instrumentA, instrumentB } from '../fixtures/kb';

const A: Instrument = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
const B: Instrument = { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' };
const [s1, s2] = A.provisions;
const ev = (date: string, type: string, extra: object = {}) =>
  ({ date, type, event: `${type} on ${date}`, sources: ['leg-a'], ...extra }) as Instrument['timeline'][number];

describe('provision status', () => {
  it('gives each provision of an Act its own status, not the Act’s', () => {
    expect(statusText(provisionStatus(A, s1, '2026-11-21'))).toBe('In force (since 2020-03-01)');
    expect(statusText(provisionStatus(A, s2, '2026-11-21'))).toBe('Not yet in force (from 2027-01-01)');
    expect(provisionStatus(A, s2, '2027-01-01').id).toBe('in-force');
    expect(instrumentStatus(A, '2026-11-21')).toEqual({
      id: 'partly-in-force',
      label: 'Partly in force',
      detail: '1 of 2 provisions listed here in force',
    });
  });

  it('says "commencement not confirmed" where a source leaves it open', () => {
    const p = { ...s2, inForce: { value: 'unknown' as const, asOf: '2026-11-21', sources: ['leg-a'] } };
    expect(provisionStatus(A, p, '2026-11-21').label).toBe('Commencement not confirmed');
  });

  it('reads a bill as a bill before enactment, and as law after', () => {
    expect(statusText(provisionStatus(A, s1, '2019-07-01'))).toBe('Bill, not law (introduced)');
    expect(provisionStatus(A, s1, '2020-01-20').id).toBe('not-yet-in-force');
    expect(statusText(provisionStatus({ ...A, kind: 'bill' }, s1, '2019-07-01'))).toBe('Bill, not law (introduced)');
    const lapsed = { ...A, kind: 'bill' as const, timeline: [A.timeline[0], ev('2020-12-31', 'lapse')] };
    expect(provisionStatus(lapsed, s1, '2021-01-01').id).toBe('lapsed');
  });

  it('keeps entry into force and application apart for EU acts', () => {
    const art5 = {
      ...B.provisions[0],
      inForce: { value: 'no' as const, from: '2026-08-02', asOf: '2026-11-21', sources: ['eur-b'] },
    };
    const act = { ...B, provisions: [art5] };
    expect(statusText(provisionStatus(act, art5, '2025-01-01'))).toBe('Proposal, not law (proposed)');
    expect(statusText(provisionStatus(act, art5, '2026-01-01'))).toBe(
      'In force, not yet applicable (entered into force 2025-08-01; applies from 2026-08-02)',
    );
    expect(statusText(instrumentStatus(act, '2026-01-01'))).toBe(
      'In force, not yet applicable (entered into force 2025-08-01; first applies 2026-08-02)',
    );
    expect(statusText(provisionStatus(act, art5, '2026-08-02'))).toBe('In force (applies since 2026-08-02)');
  });

  it('gives court decisions and policy papers their own words', () => {
    const decision = { ...A, kind: 'court-decision' as const, timeline: [ev('2024-05-01', 'judgment')] };
    expect(statusText(provisionStatus(decision, s1, '2026-01-01'))).toBe(
      'Court decision (not legislation) (decided 2024-05-01)',
    );
    expect(provisionStatus({ ...A, kind: 'policy' }, s1, '2026-01-01').id).toBe('policy');
  });

  it('reads enacted sections of a state overview by their own dates, never as "not applicable"', () => {
    const overview = { ...A, kind: 'overview' as const };
    const dated = { ...s1, inForce: { value: 'yes' as const, from: '2024-07-01', asOf: '2026-12-01', sources: ['x'] } };
    const bill = { ...s1, inForce: { value: 'no' as const, asOf: '2026-12-01', sources: ['x'], note: 'A bill' } };
    expect(statusText(provisionStatus(overview, dated, '2026-12-01'))).toBe('In force (since 2024-07-01)');
    expect(provisionStatus(overview, dated, '2024-06-30').id).toBe('not-yet-in-force');
    expect(provisionStatus(overview, bill, '2026-12-01').label).toBe('Bill, not law');
    expect(provisionStatus(overview, s1, '2026-12-01').id).toBe('commencement-unconfirmed');
    expect(instrumentStatus({ ...overview, provisions: [dated, bill] }, '2026-12-01').id).toBe('partly-in-force');
  });

  it('ends at repeal', () => {
    const repealed = { ...A, timeline: [...A.timeline, ev('2025-01-01', 'repeal')] };
    expect(statusText(provisionStatus(repealed, s1, '2025-01-02'))).toBe('No longer in force (since 2025-01-01)');
  });

  it('never uses the words "not applicable"', () => {
    expect(Object.values(LEGAL_STATUS_LABELS).join(' ')).not.toMatch(/not applicable/i);
  });
});

describe('co-legislator positions', () => {
  const proposal = (...events: Instrument['timeline']) => ({
    ...B,
    kind: 'legislative-proposal' as const,
    timeline: [B.timeline[0], ...events],
  });
  it('reaches "both positions" only when both bodies have adopted one', () => {
    const p = proposal(
      ev('2024-12-13', 'position', { body: 'council' }),
      ev('2025-06-17', 'position', { body: 'parliament' }),
    );
    expect(stageOn(p, '2025-01-01')).toBe('council-position');
    expect(stageOn(p, '2025-06-17')).toBe('position-adopted');
    const q = proposal(ev('2023-11-22', 'position', { body: 'parliament' }));
    expect(stageOn(q, '2025-01-01')).toBe('parliament-position');
  });
});

describe('transposition', () => {
  const directive: Instrument = {
    ...B,
    kind: 'directive',
    timeline: [...B.timeline, ev('2027-06-14', 'transposition-deadline')],
    transposition: [
      { row: 'eu-de', measure: 'Gesetz (example)', date: '2026-03-01', sources: ['eur-b'] },
      { row: 'eu-fr', measure: 'Loi (example)', date: '2027-09-01', sources: ['eur-b'] },
    ],
  };
  it('is not yet due before the deadline, transposed where a measure is recorded, never "late"', () => {
    const before = transpositionOn(directive, '2026-12-01')!;
    expect(before.deadline).toBe('2027-06-14');
    expect(before.rows).toHaveLength(27);
    expect(before.rows.find((r) => r.row === 'eu-de')?.status).toBe('transposed');
    expect(before.rows.find((r) => r.row === 'eu-fr')?.status).toBe('not-yet-due');
    const after = transpositionOn(directive, '2027-07-01')!;
    expect(after.rows.find((r) => r.row === 'eu-fr')?.status).toBe('no-measure-recorded');
    expect(after.rows.find((r) => r.row === 'eu-fr')?.label).not.toMatch(/late/i);
    expect(transpositionOn(directive, '2027-09-01')!.rows.find((r) => r.row === 'eu-fr')?.status).toBe('transposed');
  });
  it('does not apply to a regulation or a directive with no deadline', () => {
    expect(transpositionOn(B, '2026-12-01')).toBeUndefined();
    expect(transpositionOn({ ...directive, timeline: B.timeline }, '2026-12-01')).toBeUndefined();
  });
});
