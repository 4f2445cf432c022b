import { z } from 'astro/zod';
import { AMENDMENT_KINDS, TOPICS } from '../vocab';
import { httpsUrl, slugId, sourceRefs, text, unverified } from './common';
import { provisionInForceSchema } from './status';

/** Words quoted from the official text, with their pinpoint. Keep it short: defining words only. */
export const quoteSchema = z.strictObject({
  /** The quoted words, exactly as in the official text. */
  text: text().max(400, { message: 'quotations are for defining words only: 400 characters at most' }),
  /** Where the words stand, e.g. "s.7(4)". */
  pinpoint: text(),
});

/**
 * A later Act that inserted the provision into this instrument, or amended its words. Citations name it:
 * "Sexual Offences Act 2003, s 46A (inserted by Crime and Policing Act 2026, s 72)".
 */
export const amendedBySchema = z.strictObject({
  /** "inserted": the later Act added the provision; "amended": it changed the provision's words. */
  how: z.enum(AMENDMENT_KINDS),
  /** The later Act by its short title and year, as it is cited: "Crime and Policing Act 2026". */
  act: text(),
  /**
   * The later Act's provision that made the change, as the law numbers it: "Section 72". Omit it when no
   * source gives the number (and say so in the provision's `unverified`).
   */
  provision: text().optional(),
});

/** One provision of an instrument that matters to a topic. */
export const provisionSchema = z.strictObject({
  /** Stable id, used as the page anchor: "s-1", "art-5", "s-66b". Unique within the instrument. */
  id: slugId(),
  /** How the law numbers it: "Section 1", "Article 5(1)(ba)". */
  label: text(),
  /** Its heading (in the original language for national law) or a short title in our words. */
  title: text(),
  /** An English gloss of a heading in another language: "Distribution, acquisition and possession of ...". */
  gloss: text().optional(),
  /** Topics (src/vocab/topics.ts) the provision addresses. */
  topics: z.array(z.enum(TOPICS)).min(1, { message: 'name at least one topic' }),
  /** What it does, in our words. */
  summary: text(),
  /**
   * Pinpoint link to the official text of this provision, https only; omit only when none was found
   * (and say so in `unverified`).
   */
  url: httpsUrl().optional(),
  /** The later Act that inserted this provision or amended it, where one did: cited after the provision. */
  amendedBy: amendedBySchema.optional(),
  /** Optional short quotation of the defining words. */
  quote: quoteSchema.optional(),
  /** Maximum penalty, in our words, where the provision creates an offence or a fine. */
  penalty: text().optional(),
  /** The provision's own in-force status, where it differs from the instrument's. */
  inForce: provisionInForceSchema.optional(),
  /** Sources for the summary and penalty. */
  sources: sourceRefs(),
  /** Set when part of this entry (number, wording, penalty) is not confirmed; says what. */
  unverified: unverified(),
});
export type Provision = z.output<typeof provisionSchema>;
