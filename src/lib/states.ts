/**
 * The US states summary row, derived from the state rows: how many states cover a topic, and a grade
 * for the row that no one types by hand. States and DC with no assessment count as unknown.
 */
import type { Assessment, Topic } from '../schemas';
import {
  COVERAGE_GRADES,
  JURISDICTION_IDS,
  JURISDICTION_INFO,
  type ComparisonRowId,
  type CoverageGradeId,
} from '../vocab';
import { gradeOn } from './assessments';

/** Every state row (the 50 states and DC), in vocabulary order. */
export const STATE_ROWS = JURISDICTION_IDS.filter((id) => JURISDICTION_INFO[id].kind === 'state') as ComparisonRowId[];

export interface StatesSummary {
  /** How many of the 51 rows have each grade on the date. */
  counts: Record<CoverageGradeId, number>;
  /** The summary row's grade: explicit only if every state is; partial if any state covers it at all. */
  grade: CoverageGradeId;
  /** "Explicit in 14, partly in 29, ..., of 51 (the 50 states and DC)". */
  sentence: string;
}

const PHRASE: Record<CoverageGradeId, string> = {
  explicit: 'covered explicitly in',
  partial: 'partly in',
  'not-yet-applicable': 'adopted but not yet applicable in',
  proposed: 'only proposed in',
  none: 'not covered in',
  unknown: 'not yet researched or nothing found in',
};

/** The state assessments of a topic, by row. */
export function stateAssessments(topic: Pick<Topic, 'assessments'>): Map<ComparisonRowId, Assessment> {
  const states = new Set<string>(STATE_ROWS);
  return new Map(topic.assessments.filter((a) => states.has(a.row)).map((a) => [a.row, a]));
}

/** The summary of the state rows on `date`, or undefined when the topic has no state rows. */
export function statesSummary(topic: Pick<Topic, 'assessments'>, date: string): StatesSummary | undefined {
  const byRow = stateAssessments(topic);
  if (!byRow.size) return undefined;
  const counts = Object.fromEntries(COVERAGE_GRADES.map((g) => [g, 0])) as Record<CoverageGradeId, number>;
  for (const row of STATE_ROWS) {
    const a = byRow.get(row);
    counts[(a && gradeOn(a, date)) ?? 'unknown']++;
  }
  const total = STATE_ROWS.length;
  const grade: CoverageGradeId =
    counts.explicit === total
      ? 'explicit'
      : counts.explicit + counts.partial > 0
        ? 'partial'
        : counts['not-yet-applicable'] > 0
          ? 'not-yet-applicable'
          : counts.proposed > 0
            ? 'proposed'
            : counts.none === total
              ? 'none'
              : 'unknown';
  const parts = COVERAGE_GRADES.filter((g) => counts[g] > 0).map((g) => `${PHRASE[g]} ${counts[g]}`);
  const sentence = `${parts.join(', ')} of ${total} (the 50 states and DC)`;
  return { counts, grade, sentence: sentence[0].toUpperCase() + sentence.slice(1) };
}
