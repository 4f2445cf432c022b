/**
 * The published open-data shapes, composed from the content schemas so the two cannot drift.
 * /api/schema.json is generated from these with z.toJSONSchema.
 */
import { z } from 'astro/zod';
import {
  BREAKDOWN_FACTS,
  COVERAGE_GRADES,
  IN_FORCE,
  INSTRUMENT_JURISDICTIONS,
  JURISDICTION_IDS,
  JURISDICTION_KINDS,
  ROW_IDS,
  SYNTHETIC_ANSWERS,
  TOPICS,
} from '../vocab';
import { httpsUrl, instrumentId, isoDate, slugId, text } from './common';
import { changeSchema, instrumentSchema } from './instrument';
import { provisionSchema, quoteSchema } from './provision';
import { sourceShape } from './source';
import { inForceSchema, provisionInForceSchema, stageSchema } from './status';
import { timelineEventSchema } from './timeline';
import { gradeStepSchema, positionSchema } from './topic';

/** A source as published: no internal notes. */
export const sourceExportSchema = sourceShape
  .pick({ id: true, title: true, publisher: true, published: true, accessed: true, url: true, official: true })
  .extend({
    /** Kept for schema version 1: `published` when known, else `accessed`. Prefer the two fields. */
    date: isoDate(),
  });

const withSource = <T extends z.ZodObject>(s: T) =>
  s.extend({ /** The first source id, for convenience. */ source: slugId() });

/**
 * A provision as published; `inForce` is the instrument's when the provision has none of its own (`inherited:
 * true`).
 */
export const provisionExportSchema = provisionSchema.omit({ inForce: true }).extend({
  quote: quoteSchema.optional(),
  inForce: z.union([
    provisionInForceSchema,
    inForceSchema.pick({ value: true, asOf: true, sources: true }).extend({ inherited: z.literal(true) }),
  ]),
  /** The provision's anchor on the site. */
  page: z.string(),
});

/** An instrument as published in /api/instruments.json. */
export const instrumentExportSchema = z.strictObject({
  id: instrumentId(),
  title: text(),
  shortTitle: text(),
  aliases: z.array(text()),
  jurisdiction: z.enum(INSTRUMENT_JURISDICTIONS),
  subJurisdiction: text().optional(),
  kind: instrumentSchema.shape.kind,
  citation: text(),
  otherCitations: z.array(text()),
  summary: text(),
  stage: withSource(stageSchema),
  inForce: withSource(inForceSchema),
  timeline: z.array(withSource(timelineEventSchema)),
  officialUrl: httpsUrl(),
  topics: z.array(z.enum(TOPICS)),
  provisions: z.array(provisionExportSchema),
  related: z.array(z.string()),
  changes: z.array(changeSchema),
  sources: z.array(sourceExportSchema),
  lastReviewed: isoDate(),
  unverified: text().optional(),
  /** The instrument's page on the site. */
  url: z.string(),
});

/** /api/instruments.json */
export const instrumentsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generated: isoDate(),
  licence: z.literal('CC-BY-4.0'),
  instruments: z.array(instrumentExportSchema),
});

/** One assessment as published in /api/topics.json, with its grade on the file's asOf date. */
export const assessmentExportSchema = z.strictObject({
  row: z.enum(ROW_IDS),
  grade: z.enum(COVERAGE_GRADES),
  history: z.array(gradeStepSchema),
  summary: text(),
  provisions: z.array(z.strictObject({ ref: z.string(), url: z.string() })),
  penalty: text().optional(),
  gaps: text().optional(),
  positions: z.array(positionSchema),
  asOf: isoDate(),
  sources: z.array(sourceExportSchema),
});

/** /api/topics.json */
export const topicsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generated: isoDate(),
  asOf: isoDate(),
  licence: z.literal('CC-BY-4.0'),
  topics: z.array(
    z.strictObject({
      id: z.enum(TOPICS),
      title: text(),
      question: text(),
      summary: text(),
      aliases: z.array(text()),
      lastReviewed: isoDate(),
      url: z.string(),
      assessments: z.array(assessmentExportSchema),
    }),
  ),
});

export { IN_FORCE };

/** One cell of /api/matrix.json (and one row of /api/matrix.csv): a topic x jurisdiction row on a date. */
export const matrixCellExportSchema = z.strictObject({
  topic: z.enum(TOPICS),
  topicTitle: text(),
  row: z.enum(ROW_IDS),
  rowLabel: text(),
  grade: z.enum(COVERAGE_GRADES),
  gradeLabel: text(),
  /** The date the grade took effect; empty when not assessed by then. */
  since: z.union([isoDate(), z.literal('')]),
  /** The next scheduled change of grade, "YYYY-MM-DD: grade", or empty (a later step with the same grade is none). */
  nextChange: z.string(),
  summary: text(),
  provisions: z.array(z.string()),
  penalty: z.string(),
  gaps: z.string(),
  asOf: isoDate(),
  sources: z.array(slugId()),
  url: z.string(),
});

/** /api/matrix.json and /api/as-of/<date>/matrix.json */
export const matrixFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generated: isoDate(),
  asOf: isoDate(),
  licence: z.literal('CC-BY-4.0'),
  cells: z.array(matrixCellExportSchema),
});

/** /api/gaps.json */
export const gapsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generated: isoDate(),
  asOf: isoDate(),
  gaps: z.array(
    z.strictObject({
      topic: z.enum(TOPICS),
      row: z.enum(ROW_IDS),
      grade: z.enum(COVERAGE_GRADES),
      /** A paragraph an NGO can paste, in our words. */
      paragraph: text(),
      sources: z.array(slugId()),
      /** The date the assessment was last checked against its sources (the paragraph speaks as of `asOf`). */
      lastChecked: isoDate(),
      /** False where the position is not established (grade "unknown"): then `sources` is empty. */
      established: z.boolean(),
    }),
  ),
  /** Per topic and group of parts (UK legal systems, US states and DC, EU member states): who falls short. */
  parts: z.array(
    z.strictObject({
      topic: z.enum(TOPICS),
      /** "uk-systems", "states" or "member-states". */
      group: slugId(),
      paragraph: text(),
      /** Rows short of explicit coverage, with their grade. */
      shortOf: z.array(z.strictObject({ row: z.enum(ROW_IDS), grade: z.enum(COVERAGE_GRADES) })),
      /** Rows whose position is not established. */
      notEstablished: z.array(z.enum(ROW_IDS)),
      /**
       * On topics that record what the law reaches (AI CSAM offences): per fact (wholly synthetic material,
       * images of a real child), the citable sentence and the rows under each answer.
       */
      reach: z
        .array(
          z.strictObject({
            fact: z.enum(BREAKDOWN_FACTS),
            sentence: text(),
            answers: z.array(z.strictObject({ answer: z.enum(SYNTHETIC_ANSWERS), rows: z.array(z.enum(ROW_IDS)) })),
          }),
        )
        .optional(),
    }),
  ),
});

/** /api/jurisdictions.json: the hierarchy of jurisdictions, with stable ids. */
export const jurisdictionsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generated: isoDate(),
  jurisdictions: z.array(
    z.strictObject({
      /** Stable id: "uk", "uk-sct", "us-federal", "us-va", "eu-de". */
      id: z.enum(JURISDICTION_IDS),
      name: text(),
      /** The jurisdiction it belongs to, or null at the top. */
      parent: z.enum(JURISDICTION_IDS).nullable(),
      kind: z.enum(JURISDICTION_KINDS),
    }),
  ),
});

export type InstrumentsFile = z.input<typeof instrumentsFileSchema>;
export type TopicsFile = z.input<typeof topicsFileSchema>;
export type MatrixFile = z.input<typeof matrixFileSchema>;
export type GapsFile = z.input<typeof gapsFileSchema>;
export type JurisdictionsFile = z.input<typeof jurisdictionsFileSchema>;
