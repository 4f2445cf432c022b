import { describe, expect, it } from 'vitest';
import { derivedRows as rule } from '../../../src/lib/check/rules/derived-rows';
import { reported, run, validContext } from './context';

describe('rule derived-rows', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports a typed uk grade, with the typed and the derived grade of today', () => {
    const ctx = validContext();
    const t = ctx.topics[0];
    t.assessments[0].history = [{ from: '2020-01-01', grade: 'explicit', note: 'Typed.', sources: [] }];
    t.assessments.push(
      ...(['uk-ew', 'uk-sct', 'uk-ni'] as const).map((row, i) => ({
        ...t.assessments[1],
        row,
        history: [
          { from: '2020-01-01', grade: i ? ('explicit' as const) : ('partial' as const), note: 'x', sources: [] },
        ],
      })),
    );
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].history
      message: got 1 typed grade step(s) ("explicit" today); the uk grade is derived from uk-ew, uk-sct
        and uk-ni on every date ("partial" today, src/lib/derived-rows.ts)
      fix: remove the uk assessment's history; grade England and Wales, Scotland and Northern Ireland
        instead (CONTRIBUTING.md#coverage-grades)"
    `);
  });

  it('reports a row other than the uk without dated grades', () => {
    const ctx = validContext();
    ctx.topics[0].assessments[3].history = [];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[3].history
      message: missing for "eu"; expected at least one dated grade
      fix: add history: [{ from: YYYY-MM-DD, grade: unknown, note: what was searched }] or the grade found"
    `);
  });

  it('reports a uk row without gap notes when its derived grade is short of explicit', () => {
    const ctx = validContext();
    delete ctx.topics[0].assessments[0].gaps;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].gaps
      message: missing; the grade derived from uk-ew, uk-sct and uk-ni is "unknown" today
      fix: add gaps: what the law does not reach, and where, in our words
        (CONTRIBUTING.md#coverage-grades)"
    `);
  });
});
