import { z } from 'astro/zod';
import {
  COVERAGE_GRADES,
  POSITION_BODIES,
  REACH_ANSWERS,
  ROW_IDS,
  SYNTHETIC_ANSWERS,
  type CoverageGradeId,
  type TopicId,
} from '../vocab';
import { gradeFromReach } from '../lib/reach';
import { isoDate, provisionRef, sourceRefs, text, unverified } from './common';

export { provisionRef };

/** What an AI CSAM law reaches; the grade is derived from it (src/lib/reach.ts). */
export const reachSchema = z.strictObject({
  /** Images of a real, identifiable child that were altered or generated. */
  realChild: z.enum(REACH_ANSWERS),
  /** Wholly synthetic material depicting no real child; "obscene-only" when covered only if obscene. */
  whollySynthetic: z.enum(SYNTHETIC_ANSWERS),
  /** Drawings and cartoons (recorded where known, mostly for EU member states). */
  drawings: z.enum(REACH_ANSWERS).optional(),
  /** Whether possessing such material is an offence. */
  possession: z.enum(REACH_ANSWERS),
  /** Whether producing (making) it is an offence. */
  production: z.enum(REACH_ANSWERS),
  /** Whether distributing it is an offence. */
  distribution: z.enum(REACH_ANSWERS),
  /**
   * Recorded where the acts differ by material: "no" when wholly synthetic material is reached but not by
   * every act (e.g. possessing it is an offence, distributing it is not, while all three are offences for
   * images of real children). Absent means the acts apply alike.
   */
  syntheticActs: z.enum(REACH_ANSWERS).optional(),
});
export type Reach = z.output<typeof reachSchema>;

/**
 * One step in an assessment's history: from this date, the grade was (or will be) this. Give either
 * the grade, or (for AI CSAM offences) what the law reaches, from which the grade is derived.
 */
export const gradeStepSchema = z
  .strictObject({
    /** The date from which the grade holds. */
    from: isoDate(),
    /** The coverage grade from that date; derived from `reach` when that is given. */
    grade: z.enum(COVERAGE_GRADES).optional(),
    /** What the law reaches from that date (AI CSAM offences); the grade follows by one rule. */
    reach: reachSchema.optional(),
    /** Why, in our words: the law or event that set this grade. */
    note: text(),
    /** Sources for the change (optional when the assessment's own sources cover it). */
    sources: z.array(z.string()).default([]),
  })
  .superRefine((s, ctx) => {
    if (!s.grade && !s.reach)
      ctx.addIssue({ code: 'custom', path: ['grade'], message: 'give a grade, or reach facts' });
    if (s.grade && s.reach && s.grade !== gradeFromReach(s.reach))
      ctx.addIssue({
        code: 'custom',
        path: ['grade'],
        message:
          `the reach facts give "${gradeFromReach(s.reach)}" (src/lib/reach.ts); ` + 'omit grade or correct the facts',
      });
  })
  .transform((s) => ({ ...s, grade: s.grade ?? gradeFromReach(s.reach!) }));

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
  /**
   * The grade over time, oldest first. The grade on any date is the last step on or before it. Omitted
   * for the uk, whose history is derived from uk-ew, uk-sct and uk-ni (src/lib/derived-rows.ts).
   */
  history: z.array(gradeStepSchema).min(1, { message: 'add at least one dated grade' }).default([]),
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
  /** Set when part of the assessment rests on unconfirmed facts or secondary sources only; says what. */
  unverified: unverified(),
});
export type Assessment = z.output<typeof assessmentSchema>;

/**
 * What the grades mean on one topic, in words that fit its question, so that a grade cannot be read
 * backwards: on private possession, "Covered explicitly" means possession is an offence, never that an
 * exemption exists. Grades not worded here keep their general meaning (src/vocab/coverage.ts).
 */
export const gradeMeaningSchema = z.strictObject({
  /** What "Covered explicitly" means on this topic: what the law in force does, in terms. Required. */
  explicit: text(),
  /** What "Covered partly or indirectly" means on this topic, where the general meaning is not enough. */
  partial: text().optional(),
  /** What "Adopted, not yet applicable" means on this topic, if it needs saying. */
  'not-yet-applicable': text().optional(),
  /** What "Proposed only" means on this topic, if it needs saying. */
  proposed: text().optional(),
  /** What "Not covered" means on this topic: what the law does not do (or what takes the conduct out of it). */
  none: text().optional(),
  /** What "Unknown" means on this topic, if it needs saying. */
  unknown: text().optional(),
});
export type GradeMeaning = z.output<typeof gradeMeaningSchema>;
// Every grade of src/vocab can be worded: a grade added there without a line here is a type error.
const _everyGrade: Record<CoverageGradeId, unknown> = gradeMeaningSchema.shape;
void _everyGrade;

/** Frontmatter of content/topics/<topic>.mdx. The file name is the topic id. */
export const topicSchema = z.strictObject({
  /** The question the comparison answers: "Is it an offence to make or supply a tool built to create CSAM?" */
  question: text(),
  /** One or two sentences introducing the topic, in our words. */
  summary: text(),
  /**
   * What the grades mean on this topic: `explicit` always, others where the general meaning could be misread
   * ("gradeMeaning: { explicit: Possessing it for private use is an offence, with no personal-use exemption. }").
   */
  gradeMeaning: gradeMeaningSchema,
  /** Words people may search by: "nudify apps", "deepfake". */
  aliases: z.array(text()).default([]),
  /** One assessment per comparison row. */
  assessments: z.array(assessmentSchema).default([]),
  /** The date a person last checked the topic. */
  lastReviewed: isoDate(),
});
export type TopicData = z.output<typeof topicSchema>;
export type Topic = TopicData & { id: TopicId };
