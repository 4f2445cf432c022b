/** Grades over time: an assessment's grade on any date is its last history step on or before it. */
import type { Assessment } from '../schemas';
import type { CoverageGradeId } from '../vocab';

/** The grade on `date`, or undefined before the first step (not assessed for that date). */
export function gradeOn(a: Pick<Assessment, 'history'>, date: string): CoverageGradeId | undefined {
  let grade: CoverageGradeId | undefined;
  for (const step of a.history) {
    if (step.from > date) break;
    grade = step.grade;
  }
  return grade;
}

/** The step in effect on `date`. */
export function stepOn(a: Pick<Assessment, 'history'>, date: string) {
  let cur: Assessment['history'][number] | undefined;
  for (const step of a.history) {
    if (step.from > date) break;
    cur = step;
  }
  return cur;
}

/** The next scheduled step after `date` (e.g. the date a not-yet-applicable law applies). */
export function nextStep(a: Pick<Assessment, 'history'>, date: string) {
  return a.history.find((s) => s.from > date);
}

/**
 * The next step after `date` that changes the grade. A later step with the same grade (a new law that
 * leaves the grade as it was) is not a change of grade, so the views do not announce it as one.
 */
export function nextGradeChange(a: Pick<Assessment, 'history'>, date: string) {
  const now = gradeOn(a, date) ?? 'unknown';
  return a.history.find((s) => s.from > date && s.grade !== now);
}
