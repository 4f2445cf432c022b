import { GAP_GRADES, JURISDICTION_LABELS } from '../../../vocab';
import { gradeOn } from '../../assessments';
import { DERIVED_ROWS, and, derivedHistory } from '../../derived-rows';
import type { Rule } from '../rule';

/**
 * A derived row (the uk) has no typed grades: its grade comes from its parts on every date
 * (src/lib/derived-rows.ts), so a typed grade could only repeat or contradict it. Every other row has
 * at least one dated grade. A derived row whose grade today is short of explicit explains the gap.
 */
export const derivedRows: Rule = {
  name: 'derived-rows',
  description: 'The uk grade is derived from its legal systems, never typed; every other row has dated grades.',
  check(ctx, report) {
    for (const t of ctx.topics) {
      t.assessments.forEach((a, i) => {
        const path = `assessments[${i}].history`;
        const group = DERIVED_ROWS.get(a.row);
        if (!group) {
          if (!a.history.length)
            report({
              file: t.file,
              path,
              message: `missing for "${a.row}"; expected at least one dated grade`,
              fix: 'add history: [{ from: YYYY-MM-DD, grade: unknown, note: what was searched }] or the grade found',
            });
          return;
        }
        const derived = { history: derivedHistory(t, group) };
        const today = gradeOn(derived, ctx.today) ?? 'unknown';
        const names = and(group.rows.map((r) => JURISDICTION_LABELS[r]));
        if (a.history.length) {
          const typed = gradeOn(a, ctx.today) ?? 'unknown';
          report({
            file: t.file,
            path,
            message:
              `got ${a.history.length} typed grade step(s) ("${typed}" today); the ${a.row} grade is derived from ` +
              `${and(group.rows)} on every date ("${today}" today, src/lib/derived-rows.ts)`,
            fix: `remove the ${a.row} assessment's history; grade ${names} instead (CONTRIBUTING.md#coverage-grades)`,
          });
        } else if (GAP_GRADES.includes(today) && !a.gaps) {
          report({
            file: t.file,
            path: `assessments[${i}].gaps`,
            message: `missing; the grade derived from ${and(group.rows)} is "${today}" today`,
            fix: 'add gaps: what the law does not reach, and where, in our words (CONTRIBUTING.md#coverage-grades)',
          });
        }
      });
    }
  },
};
