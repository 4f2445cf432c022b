import { COMPARISON_ROWS, GAP_GRADES, TOPICS, type TopicId } from '../../../vocab';
import { gradeOn } from '../../assessments';
import type { Rule } from '../rule';

/**
 * Every topic in the vocabulary has a file; every file is a known topic; every topic has exactly one
 * assessment per comparison row; grade steps are in date order; a grade short of full coverage
 * explains the gap; a grade of "not-yet-applicable" says when it will apply.
 */
export const topicCoverage: Rule = {
  name: 'topic-coverage',
  description: 'Each topic x jurisdiction pair is assessed once, with gaps explained.',
  check(ctx, report) {
    const ids = new Set(ctx.topics.map((t) => t.id));
    for (const id of TOPICS) {
      if (!ids.has(id))
        report({
          file: `content/topics/${id}.mdx`,
          path: '(file)',
          message: `missing: topic "${id}" is in the vocabulary but has no file`,
          fix: `create content/topics/${id}.mdx (copy another topic file)`,
        });
    }
    for (const t of ctx.topics) {
      // Every default row must be assessed; any row (a state, a member state) at most once.
      for (const row of new Set([...COMPARISON_ROWS, ...t.assessments.map((a) => a.row)])) {
        const n = t.assessments.filter((a) => a.row === row).length;
        if (n === 0)
          report({
            file: t.file,
            path: 'assessments',
            message: `missing assessment for "${row}"`,
            fix: `add an assessment with row: ${row} (use grade "unknown" if not yet researched)`,
          });
        if (n > 1)
          report({
            file: t.file,
            path: 'assessments',
            message: `${n} assessments for "${row}"; expected one`,
            fix: 'merge them into one assessment',
          });
      }
      t.assessments.forEach((a, i) => {
        const p = `assessments[${i}]`;
        a.history.forEach((h, j) => {
          if (j > 0 && h.from <= a.history[j - 1].from)
            report({
              file: t.file,
              path: `${p}.history[${j}].from`,
              message: `got ${h.from}, not after history[${j - 1}] (${a.history[j - 1].from})`,
              fix: 'list grade steps oldest first, one per date',
            });
        });
        const current = gradeOn(a, ctx.today);
        if (current && GAP_GRADES.includes(current) && !a.gaps) {
          report({
            file: t.file,
            path: `${p}.gaps`,
            message: `missing; the current grade "${current}" is short of full coverage`,
            fix: 'add gaps: what the law does not reach, in our words (CONTRIBUTING.md#coverage-grades)',
          });
        }
        a.history.forEach((h, j) => {
          if (h.grade === 'not-yet-applicable' && !a.history[j + 1]) {
            report({
              file: t.file,
              path: `${p}.history[${j}]`,
              message: 'grade "not-yet-applicable" without a later step saying when it applies',
              fix: 'add the next step: { from: <application date>, grade: explicit, note: ... }',
            });
          }
        });
      });
    }
  },
};

export type { TopicId };
