/**
 * What an AI CSAM law reaches, recorded as facts so the grade can be derived from them by one rule
 * (src/lib/reach.ts) instead of typed by hand.
 */
export const REACH_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type ReachAnswerId = (typeof REACH_ANSWERS)[number];

/** Wholly synthetic material may be covered only when it is obscene (the Miller test in the US). */
export const SYNTHETIC_ANSWERS = ['yes', 'obscene-only', 'no', 'unknown'] as const;
export type SyntheticAnswerId = (typeof SYNTHETIC_ANSWERS)[number];

export const REACH_ANSWER_LABELS: Record<SyntheticAnswerId, string> = {
  yes: 'Yes',
  'obscene-only': 'Only if obscene',
  no: 'No',
  unknown: 'Not found',
};

/** How each answer reads in a sentence about a group's law: "not covered in 2 (California, Ohio)". */
export const REACH_ANSWER_PHRASES: Record<SyntheticAnswerId, string> = {
  yes: 'covered in',
  'obscene-only': 'covered only if obscene in',
  no: 'not covered in',
  unknown: 'not established in',
};

/** The facts recorded, in display order, with the question each answers. */
export const REACH_FACTS = {
  realChild: 'Images of a real, identifiable child, altered or generated',
  whollySynthetic: 'Wholly synthetic material depicting no real child',
  drawings: 'Drawings and cartoons (non-realistic)',
  possession: 'Possession',
  production: 'Production (making)',
  distribution: 'Distribution',
  syntheticActs: 'Each of those acts an offence for wholly synthetic material too',
} as const;
export type ReachFactId = keyof typeof REACH_FACTS;

/** The reach facts the gap lists break down by: the two that decide whether AI material is reached at all. */
export const BREAKDOWN_FACTS = ['whollySynthetic', 'realChild'] as const satisfies readonly ReachFactId[];
export type BreakdownFact = (typeof BREAKDOWN_FACTS)[number];
