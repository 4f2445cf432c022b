import { describe, expect, it } from 'vitest';
import { instrumentSchema } from '../../src/schemas';
import { provisionStatus } from '../../src/lib/provision-status';
import { instrumentA } from '../fixtures/kb';

const inst = { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' };
const [s1, s2] = inst.provisions;

describe("a provision's shown status", () => {
  it("is the provision's own, with its date, not the instrument's", () => {
    expect(inst.inForce.value).toBe('partly');
    expect(provisionStatus(inst, s2, '2026-11-21')).toEqual({
      value: 'not-yet-in-force',
      label: 'Not yet in force',
      text: 'Not yet in force (from 2027-01-01)',
      from: '2027-01-01',
    });
    expect(provisionStatus(inst, s2, '2027-02-01').text).toBe('In force (since 2027-01-01)');
  });
  it("follows the instrument's entry into force where the provision has no date of its own", () => {
    expect(provisionStatus(inst, s1, '2026-11-21')).toEqual({
      value: 'in-force',
      label: 'In force',
      text: 'In force (since 2020-03-01)',
    });
    expect(provisionStatus(inst, s1, '2020-01-01').value).toBe('bill');
  });
  it('says what is not confirmed', () => {
    const p = {
      ...s2,
      inForce: { ...s2.inForce!, from: undefined, value: 'unknown' as const, unverified: 'No order.' },
    };
    expect(provisionStatus(inst, p, '2026-11-21')).toEqual({
      value: 'commencement-unconfirmed',
      label: 'Commencement not confirmed',
      text: 'Commencement not confirmed',
      unverified: 'No order.',
    });
  });
});
