import { z } from 'astro/zod';
import { IN_FORCE, STAGES } from '../vocab';
import { isoDate, sourceRefs, text, unverified } from './common';

/** A fact about an instrument's status with the date it was last confirmed and its sources. */
const datedStatus = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    /** The value. */
    value,
    /** The date on which this was last confirmed true. */
    asOf: isoDate(),
    /** Sources that show it. */
    sources: sourceRefs(),
    /** A short qualification in our words. */
    note: text().optional(),
    /** Set when no source confirms it; says what is missing. */
    unverified: unverified(),
  });

/** Where the instrument stands in law-making (the stage reached), as of a date. */
export const stageSchema = datedStatus(z.enum(STAGES));

/**
 * Whether the instrument has legal effect (yes, partly, no, unknown, not-applicable), as of a date. Separate
 * from the stage.
 */
export const inForceSchema = datedStatus(z.enum(IN_FORCE));

/** A provision's own in-force status where it differs from the instrument's. */
export const provisionInForceSchema = z.strictObject({
  /** yes, partly, no, or not-applicable. */
  value: z.enum(IN_FORCE),
  /** The date from which the provision applies (commencement or application date), when known. */
  from: isoDate().optional(),
  /** The date after which it no longer applies (expiry or repeal), when known. */
  until: isoDate().optional(),
  /** The date on which this was last confirmed true. */
  asOf: isoDate(),
  /** Sources that show it. */
  sources: sourceRefs(),
  /** A short qualification in our words. */
  note: text().optional(),
  /** Set when the commencement or application date is not confirmed by any source. */
  unverified: unverified(),
});
