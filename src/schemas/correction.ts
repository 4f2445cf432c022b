import { z } from 'astro/zod';
import { COVERAGE_GRADES, CORRECTION_STATUSES, TOPICS } from '../vocab';
import { isoDate, slugId, sourceRefs, text } from './common';
import { provisionRef } from './topic';

/** One claim in a published report that is wrong or has gone stale, and what is right. */
const correctionSchema = z.strictObject({
  /** Stable id, used as the page anchor. */
  id: slugId(),
  /** The report's claim, paraphrased in our words (with its page or section). */
  claim: text(),
  /** Where the claim stands in the report: "Legislation on nudify apps, US". */
  location: text(),
  /** "wrong" when it was never right; "stale" when events have overtaken it. */
  status: z.enum(CORRECTION_STATUSES),
  /** What is right, in our words. */
  correction: text(),
  /** The date from which the correction holds (the event that made the claim stale, or today). */
  asOf: isoDate(),
  /** Entries on this site that carry the right facts. */
  see: z.array(provisionRef()).default([]),
  /** Sources for the correction. */
  sources: sourceRefs(),
  /**
   * For a claim that counts jurisdictions ("45 states"): what it counted, so the page can set the count the
   * data supports on the day beside it. `group` is a group of parts: "states", "member-states", "uk-systems".
   */
  count: z
    .strictObject({
      claimed: z.number().int().nonnegative(),
      topic: z.enum(TOPICS),
      group: z.enum(['states', 'member-states', 'uk-systems']),
      /** The grades the claim would count, e.g. [explicit, partial] for "has a law that reaches it". */
      grades: z.array(z.enum(COVERAGE_GRADES)).min(1),
    })
    .optional(),
});

/** A corrections file: the report it corrects and its claims. content/corrections/<report>.yaml */
export const correctionsFileSchema = z.strictObject({
  /** The report's title. */
  report: text(),
  /** Its publisher. */
  publisher: text(),
  /** When it was published (approximately, if the report gives no date). */
  published: text(),
  /** The corrections. */
  corrections: z.array(correctionSchema).min(1),
});
export type CorrectionsFile = z.output<typeof correctionsFileSchema>;
