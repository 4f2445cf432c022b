import { describe, expect, it } from 'vitest';
import { sourceReferences as rule } from '../../../src/lib/check/rules/source-references';
import { reported, run, validContext } from './context';

describe('rule source-references', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports an unknown source in every place an instrument cites one', () => {
    const ctx = validContext();
    const a = ctx.instruments[0];
    a.stage.sources = ['x-stage'];
    a.inForce.sources = ['leg-a', 'x-in-force'];
    a.timeline[1].sources = ['x-event'];
    a.provisions[0].sources = ['x-provision'];
    a.provisions[1].inForce!.sources = ['x-provision-in-force'];
    a.changes = [{ date: '2026-01-01', kind: 'entry', summary: 'Added s-2.', sources: ['x-change'] }];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: stage.sources[0]
      message: unknown source "x-stage"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/instruments/uk/example-act-2020.mdx
      path: inForce.sources[1]
      message: unknown source "x-in-force"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/instruments/uk/example-act-2020.mdx
      path: timeline[1].sources[0]
      message: unknown source "x-event"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/instruments/uk/example-act-2020.mdx
      path: provisions[0].sources[0]
      message: unknown source "x-provision"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/instruments/uk/example-act-2020.mdx
      path: provisions[1].inForce.sources[0]
      message: unknown source "x-provision-in-force"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/instruments/uk/example-act-2020.mdx
      path: changes[0].sources[0]
      message: unknown source "x-change"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id"
    `);
  });

  it('reports an unknown source in an assessment, its history and its positions', () => {
    const ctx = validContext();
    const a = ctx.topics[3].assessments[2];
    a.sources = ['x-assessment'];
    a.history[0].sources = ['x-history'];
    a.positions = [{ body: 'council', date: '2025-01-01', summary: 'A position.', sources: ['x-position'] }];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/instructional-material.mdx
      path: assessments[2].sources[0]
      message: unknown source "x-assessment"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/topics/instructional-material.mdx
      path: assessments[2].history[0].sources[0]
      message: unknown source "x-history"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/topics/instructional-material.mdx
      path: assessments[2].positions[0].sources[0]
      message: unknown source "x-position"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id"
    `);
  });

  it('reports an unknown source in the glossary and in a correction', () => {
    const ctx = validContext();
    ctx.glossary[0].sources = ['x-term'];
    ctx.corrections[0].corrections[0].sources = ['x-correction'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/glossary.yaml
      path: [0] "pseudo-photograph".sources[0]
      message: unknown source "x-term"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id

      file: content/corrections/a-report.yaml
      path: corrections[0].sources[0]
      message: unknown source "x-correction"
      fix: add the source to content/sources/<jurisdiction>.yaml or cite an existing id"
    `);
  });
});
