import { z } from 'astro/zod';
import { CHANGE_KINDS, INSTRUMENT_JURISDICTIONS, INSTRUMENT_KINDS, MEMBER_STATE_IDS } from '../vocab';
import { httpsUrl, instrumentId, isoDate, slugId, sourceRefs, text, unverified } from './common';
import { provisionSchema } from './provision';
import { inForceSchema, stageSchema } from './status';
import { timelineEventSchema } from './timeline';

/** A dated change: in the law itself, or in our entry (a correction, a new provision added). */
export const changeSchema = z.strictObject({
  /** When the change happened (law) or was made (entry). */
  date: isoDate(),
  /** "law" for a change in the law or its status; "entry" for a change to our entry only. */
  kind: z.enum(CHANGE_KINDS),
  /** What changed, in our words. */
  summary: text(),
  /** Sources that show it. */
  sources: sourceRefs(),
  /** Set when the change is reported but not confirmed; says what is missing. */
  unverified: unverified(),
});

/** A member state's measure transposing a directive. */
export const transpositionMeasureSchema = z.strictObject({
  /** The member state: "eu-de". */
  row: z.enum(MEMBER_STATE_IDS),
  /** The national measure, in the original language with an English gloss where needed. */
  measure: text(),
  /** The date the measure took effect, when known. */
  date: isoDate().optional(),
  /** The measure in the official gazette or national database. */
  url: httpsUrl().optional(),
  /** Sources: the Commission's database or report, the gazette. */
  sources: sourceRefs(),
  /** Set when the measure is not confirmed; says what. */
  unverified: unverified(),
});

/** Frontmatter of content/instruments/<jurisdiction>/<slug>.mdx: one legal instrument. */
export const instrumentSchema = z.strictObject({
  /** Full official title: "Protection of Children Act 1978". */
  title: text(),
  /** Short name for tables and links: "PCA 1978". */
  shortTitle: text(),
  /** Abbreviations and popular names people search by: "TIDA", "Chat Control". */
  aliases: z.array(text()).default([]),
  /** The jurisdiction; must match the folder the file is in. */
  jurisdiction: z.enum(INSTRUMENT_JURISDICTIONS),
  /** A narrower territory where the instrument applies: "England and Wales", "US-CA". */
  subJurisdiction: text().optional(),
  /** What kind of instrument it is. */
  kind: z.enum(INSTRUMENT_KINDS),
  /** The official citation: "1978 c. 37", "Pub. L. 119-12, 139 Stat. 55", "COM(2024) 60 final". */
  citation: text(),
  /** Other official numbers it is known by: "S.1829", "H.R.3921", "2024/0035(COD)". */
  otherCitations: z.array(text()).default([]),
  /** Link to the official text or record. https only. */
  officialUrl: httpsUrl(),
  /** One or two sentences, in our words: what the instrument is and why it matters here. */
  summary: text(),
  /** Where it stands in law-making, as of a date. */
  stage: stageSchema,
  /** Whether it has legal effect, as of a date. */
  inForce: inForceSchema,
  /** Dated events, oldest first. */
  timeline: z.array(timelineEventSchema).min(1, { message: 'add at least one dated event' }),
  /** Provisions relevant to the topics. Ids are unique within the instrument. */
  provisions: z.array(provisionSchema).min(1, { message: 'add at least one provision' }),
  /** Ids of related instruments ("uk/online-safety-act-2023"). */
  related: z.array(instrumentId()).default([]),
  /**
   * For a directive: the national measures transposing it, one per member state where found. The deadline
   * is the timeline's "transposition-deadline" event; member states without a measure here are "no measure
   * recorded", never "late".
   */
  transposition: z.array(transpositionMeasureSchema).default([]),
  /** Dated changes in the law or in this entry, newest last. */
  changes: z.array(changeSchema).default([]),
  /** The date a person last checked the whole entry against its sources. */
  lastReviewed: isoDate(),
  /** Set when the entry as a whole rests on unconfirmed facts; says what. */
  unverified: unverified(),
});
export type InstrumentData = z.output<typeof instrumentSchema>;

/** An instrument with its id ("uk/protection-of-children-act-1978"), as the pure functions take it. */
export type Instrument = InstrumentData & { id: string };

export { slugId };
