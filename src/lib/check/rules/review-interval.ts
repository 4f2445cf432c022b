import { daysBetween } from '../../kb';
import { REVIEW_INTERVAL_DAYS } from '../../../vocab';
import type { Rule } from '../rule';

/** An entry not reviewed within the review interval is listed as a warning (it does not fail). */
export const reviewInterval: Rule = {
  name: 'review-interval',
  description: `Entries are reviewed at least every ${REVIEW_INTERVAL_DAYS} days (warning).`,
  check(ctx, report) {
    const entries = [...ctx.instruments, ...ctx.topics];
    for (const e of entries) {
      const age = daysBetween(e.lastReviewed, ctx.today);
      if (age > REVIEW_INTERVAL_DAYS) {
        report({
          severity: 'warning',
          file: e.file,
          path: 'lastReviewed',
          message: `${e.lastReviewed} is ${age} days ago, past the ${REVIEW_INTERVAL_DAYS}-day review interval`,
          fix: 'check the entry against its sources, then update lastReviewed',
        });
      }
    }
  },
};
