import { z } from 'astro/zod';
import { httpsUrl, isoDate, slugId, text } from './common';
import { JURISDICTION_IDS } from '../vocab';

/** A document that supports claims in the knowledge base. Listed once in content/sources/*.yaml, cited by id. */
export const sourceShape = z.strictObject({
  /** Stable id, unique across all source files, e.g. "leg-pca-1978-s1". */
  id: slugId(),
  /** The document's own title. */
  title: text(),
  /** Who published it: "legislation.gov.uk (The National Archives)", "Congress.gov". */
  publisher: text(),
  /** The document's own date of publication (or of the version cited), when known. Never an access date. */
  published: isoDate().optional(),
  /**
   * The date we last read the source to check the claims that cite it. Give at least one of `published`
   * and `accessed`; a living page (a code section, a bill page) has only `accessed`.
   */
  accessed: isoDate().optional(),
  /** Where to read it: https only. */
  url: httpsUrl(),
  /**
   * True for an official publisher (legislature, government, court, EU institution); checked against the
   * jurisdiction's list of official hosts.
   */
  official: z.boolean(),
  /** The jurisdiction whose official hosts apply when `official` is true. */
  jurisdiction: z.enum(JURISDICTION_IDS).optional(),
  /** What the source is cited for, in a few words, when the title does not say. */
  note: text().optional(),
});

/** A source, with at least one of its dates. */
export const sourceSchema = sourceShape.refine((s) => s.published || s.accessed, {
  message: 'give the date the source was published, the date it was accessed, or both',
  path: ['accessed'],
});
export type Source = z.output<typeof sourceSchema>;
