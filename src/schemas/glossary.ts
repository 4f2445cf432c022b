import { z } from 'astro/zod';
import { slugId, sourceRefs, text } from './common';
import { provisionRef } from './topic';

/** One glossary term. content/glossary.yaml holds the list. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id, used as the anchor on /glossary/. */
  id: slugId(),
  /** The term as written: "pseudo-photograph". */
  term: text(),
  /** Other forms of the term, matched when finding the pages that use it: "pseudo-photographs". */
  variants: z.array(text()).default([]),
  /** What it means, in our words. */
  definition: text(),
  /** Where the law defines it (provision references); empty when no law defines the term. */
  definedIn: z.array(provisionRef()).default([]),
  /** Sources for the definition. */
  sources: sourceRefs(),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

export const glossaryFileSchema = z.array(glossaryTermSchema);
