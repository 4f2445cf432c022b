import { describe, expect, it } from 'vitest';
import { reviewInterval as rule } from '../../../src/lib/check/rules/review-interval';
import { reported, run, validContext } from './context';

describe('rule review-interval', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('allows a review exactly 180 days ago', () => {
    const ctx = validContext();
    ctx.instruments[0].lastReviewed = '2026-05-25';
    expect(run(rule, ctx)).toEqual([]);
  });

  it('warns about an instrument and a topic reviewed more than 180 days ago', () => {
    const ctx = validContext();
    ctx.instruments[0].lastReviewed = '2026-05-24';
    ctx.topics[9].lastReviewed = '2024-11-21';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: lastReviewed
      severity: warning
      message: 2026-05-24 is 181 days ago, past the 180-day review interval
      fix: check the entry against its sources, then update lastReviewed

      file: content/topics/penalties.mdx
      path: lastReviewed
      severity: warning
      message: 2024-11-21 is 730 days ago, past the 180-day review interval
      fix: check the entry against its sources, then update lastReviewed"
    `);
  });
});
