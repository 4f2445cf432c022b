/**
 * Coverage grades for a topic x jurisdiction assessment. "none" (the law is silent) and
 * "unknown" (not yet researched) are different values, as in browser-compat-data.
 */
export const COVERAGE_GRADES = ['explicit', 'partial', 'not-yet-applicable', 'proposed', 'none', 'unknown'] as const;
export type CoverageGradeId = (typeof COVERAGE_GRADES)[number];

export const COVERAGE_LABELS: Record<CoverageGradeId, string> = {
  explicit: 'Covered explicitly',
  partial: 'Covered partly or indirectly',
  'not-yet-applicable': 'Adopted, not yet applicable',
  proposed: 'Proposed only',
  none: 'Not covered',
  unknown: 'Unknown: not researched or nothing found',
};

/** Short labels for dense views (the matrix of states by topic), always beside the symbol. */
export const COVERAGE_SHORT: Record<CoverageGradeId, string> = {
  explicit: 'Explicit',
  partial: 'Partial',
  'not-yet-applicable': 'Not yet applicable',
  proposed: 'Proposed',
  none: 'None',
  unknown: 'Unknown',
};

/** A text symbol for each grade, so the grade never rests on colour alone. */
export const COVERAGE_SYMBOLS: Record<CoverageGradeId, string> = {
  explicit: '●',
  partial: '◐',
  'not-yet-applicable': '◔',
  proposed: '○',
  none: '✕',
  unknown: '?',
};

/**
 * The general meaning of each grade. A grade says how far the law reaches what the topic asks about (the
 * conduct is an offence, the duty exists), never that an exemption applies; each topic says what its
 * grades mean in its own `gradeMeaning`.
 */
export const COVERAGE_DESCRIPTIONS: Record<CoverageGradeId, string> = {
  explicit:
    'Law in force addresses the topic in terms: the conduct the topic asks about is caught, or the duty it ' +
    'asks about is imposed. It never means that an exemption applies.',
  partial: 'Law in force reaches the topic only in part, or only indirectly through general offences or duties.',
  'not-yet-applicable': 'Law has been adopted that addresses the topic, but it does not apply yet.',
  proposed: 'Only a bill or proposal addresses the topic; it is not law.',
  none: 'We found no law that addresses the topic.',
  unknown: 'Not yet researched, or searched without finding the law; the note says what was searched.',
};

/** Grades short of full coverage: these need notes on the gap and appear in the gap list. */
export const GAP_GRADES: readonly CoverageGradeId[] = ['partial', 'not-yet-applicable', 'proposed', 'none', 'unknown'];
