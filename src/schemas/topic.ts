import { z } from 'astro/zod';
import { COVERAGE_GRADES, POSITION_BODIES, ROW_IDS, type TopicId } from '../vocab';
import { isoDate, provisionRef, sourceRefs, text } from './common';

export { provisionRef };

/** One step in an assessment's history: from this date, the grade was (or will be) this. */
export const gradeStepSchema = z.strictObject({
  /** The date from which the grade holds. */
  from: isoDate(),
  /** The coverage grade from that date. */
  grade: z.enum(COVERAGE_GRADES),
  /** Why, in our words: the law or event that set this grade. */
  note: text(),
  /** Sources for the change (optional when the assessment's own sources cover it). */
  sources: z.array(z.string()).default([]),
});

/** One co-legislator's position on the topic, for instruments still in negotiation. */
export const positionSchema = z.strictObject({
  /**
   * Whose text: the Commission's proposal, the Council's general approach, Parliament's position, or the
   * agreed text.
   */
  body: z.enum(POSITION_BODIES),
  /** The date of that text. */
  date: isoDate(),
  /** What it says on this topic, in our words. */
  summary: text(),
  /** Sources for it. */
  sources: sourceRefs(),
});

/** How far one jurisdiction's law covers the topic. */
export const assessmentSchema = z.strictObject({
  /**
   * The comparison row: a jurisdiction id from src/vocab/jurisdictions.ts other than "us" (uk, us-federal,
   * us-states, us-va, eu, eu-de...).
   */
  row: z.enum(ROW_IDS),
  /** The grade over time, oldest first. The grade on any date is the last step on or before it. */
  history: z.array(gradeStepSchema).min(1, { message: 'add at least one dated grade' }),
  /** The current position, in our words. */
  summary: text(),
  /** Instruments and provisions the assessment rests on. */
  provisions: z.array(provisionRef()).default([]),
  /** The maximum penalty, in our words, where the topic has one. */
  penalty: text().optional(),
  /** Where the law falls short. Required for every grade short of "explicit". */
  gaps: text().optional(),
  /** Co-legislators' positions, for instruments still in negotiation. */
  positions: z.array(positionSchema).default([]),
  /** The date on which the assessment was last confirmed. */
  asOf: isoDate(),
  /** Sources for the assessment. */
  sources: sourceRefs(),
});
export type Assessment = z.output<typeof assessmentSchema>;

/** Frontmatter of content/topics/<topic>.mdx. The file name is the topic id. */
export const topicSchema = z.strictObject({
  /** The question the comparison answers: "Is it an offence to make or supply a tool built to create CSAM?" */
  question: text(),
  /** One or two sentences introducing the topic, in our words. */
  summary: text(),
  /** Words people may search by: "nudify apps", "deepfake". */
  aliases: z.array(text()).default([]),
  /** One assessment per comparison row. */
  assessments: z.array(assessmentSchema).default([]),
  /** The date a person last checked the topic. */
  lastReviewed: isoDate(),
});
export type TopicData = z.output<typeof topicSchema>;
export type Topic = TopicData & { id: TopicId };
