import { z } from 'astro/zod';
import { EVENT_TYPES, POSITION_BODIES } from '../vocab';
import { isoDate, slugId, sourceRefs, text, unverified } from './common';

/** One dated event in an instrument's life. */
export const timelineEventSchema = z.strictObject({
  /** When it happened (or, for a scheduled application date, when it will). */
  date: isoDate(),
  /** What kind of event; decides how the stage on a date is derived. */
  type: z.enum(EVENT_TYPES),
  /** What happened, in our words: "Passed the House of Commons". */
  event: text(),
  /**
   * For a "position" event: whose position it is (council or parliament). The stage "both co-legislators'
   * positions adopted" is reached only once both have one.
   */
  body: z
    .enum(POSITION_BODIES.filter((b) => b === 'council' || b === 'parliament') as ['council', 'parliament'])
    .optional(),
  /** Provisions (ids within this instrument) the event concerns, e.g. those commenced. */
  provisions: z.array(slugId()).optional(),
  /** Sources that show it. */
  sources: sourceRefs(),
  /** Set when no source confirms the date; says what is missing. */
  unverified: unverified(),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;
