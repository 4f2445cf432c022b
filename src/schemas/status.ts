import { z } from 'astro/zod';
import { IN_FORCE, STAGES } from '../vocab';
import { isoDate, sourceRefs, text, unverified } from './common';

/** Where the instrument stands in law-making, as of a date. */
export const stageSchema = z.strictObject({
  /** The stage reached. */
  value: z.enum(STAGES),
  /** The date on which this was last confirmed true. */
  asOf: isoDate(),
  /** Sources that show it. */
  sources: sourceRefs(),
  /** A short qualification in our words. */
  note: text().optional(),
  /** Set when no source confirms the stage; says what is missing. */
  unverified: unverified(),
});

/** Whether the instrument has legal effect, as of a date. Separate from the stage. */
export const inForceSchema = z.strictObject({
  /** yes, partly (some provisions commenced), no, or not-applicable (bills, proposals, policies). */
  value: z.enum(IN_FORCE),
  /** The date on which this was last confirmed true. */
  asOf: isoDate(),
  /** Sources that show it. */
  sources: sourceRefs(),
  /** A short qualification in our words, e.g. which parts are not yet commenced. */
  note: text().optional(),
  /** Set when no source confirms the status; says what is missing. */
  unverified: unverified(),
});

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
