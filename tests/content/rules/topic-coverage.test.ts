import { describe, expect, it } from 'vitest';
import { topicCoverage as rule } from '../../../src/lib/check/rules/topic-coverage';
import { reported, run, validContext } from './context';

describe('rule topic-coverage', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports a topic in the vocabulary without a file', () => {
    const ctx = validContext();
    ctx.topics = ctx.topics.filter((t) => t.id !== 'sextortion');
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/sextortion.mdx
      path: (file)
      message: missing: topic "sextortion" is in the vocabulary but has no file
      fix: create content/topics/sextortion.mdx (copy another topic file)"
    `);
  });

  it('reports a comparison row without an assessment', () => {
    const ctx = validContext();
    ctx.topics[0].assessments = ctx.topics[0].assessments.filter((a) => a.row !== 'eu');
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments
      message: missing assessment for "eu"
      fix: add an assessment with row: eu (use grade "unknown" if not yet researched)"
    `);
  });

  it('reports a comparison row assessed twice', () => {
    const ctx = validContext();
    ctx.topics[0].assessments.push(ctx.topics[0].assessments[0]);
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments
      message: 2 assessments for "uk"; expected one
      fix: merge them into one assessment"
    `);
  });

  it('reports grade steps out of date order', () => {
    const ctx = validContext();
    ctx.topics[0].assessments[0].history = [
      { from: '2020-01-01', grade: 'partial', note: 'First.', sources: [] },
      { from: '2020-01-01', grade: 'explicit', note: 'Same day.', sources: [] },
    ];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].history[1].from
      message: got 2020-01-01, not after history[0] (2020-01-01)
      fix: list grade steps oldest first, one per date"
    `);
  });

  it('reports a grade short of full coverage without gap notes', () => {
    const ctx = validContext();
    delete ctx.topics[0].assessments[1].gaps;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[1].gaps
      message: missing; the current grade "none" is short of full coverage
      fix: add gaps: what the law does not reach, in our words (CONTRIBUTING.md#coverage-grades)"
    `);
  });

  it('needs no gap notes for full coverage, or before the first grade applies', () => {
    const ctx = validContext();
    const [full, notYet] = ctx.topics[0].assessments;
    full.history = [{ from: '2020-01-01', grade: 'explicit', note: 'Covered.', sources: [] }];
    notYet.history = [{ from: '2027-01-01', grade: 'none', note: 'Later.', sources: [] }];
    delete full.gaps;
    delete notYet.gaps;
    expect(run(rule, ctx)).toEqual([]);
  });

  it('reports "not-yet-applicable" as the last grade step', () => {
    const ctx = validContext();
    ctx.topics[0].assessments[0].history = [
      { from: '2026-01-01', grade: 'not-yet-applicable', note: 'Adopted.', sources: [] },
    ];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].history[0]
      message: grade "not-yet-applicable" without a later step saying when it applies
      fix: add the next step: { from: <application date>, grade: explicit, note: ... }"
    `);
  });
});

describe('topic-coverage: rows beyond the default ones', () => {
  it('reports a second assessment for a state row', () => {
    const ctx = validContext();
    const a = ctx.topics[0].assessments[0];
    ctx.topics[0].assessments.push({ ...a, row: 'us-va' }, { ...a, row: 'us-va' });
    const found: string[] = [];
    rule.check(ctx, (p) => found.push(`${p.path}: ${p.message}`));
    expect(found).toEqual(['assessments: 2 assessments for "us-va"; expected one']);
  });
});
