import { describe, expect, it } from 'vitest';
import { folderJurisdiction as rule } from '../../../src/lib/check/rules/folder-jurisdiction';
import { reported, run, validContext } from './context';

describe('rule folder-jurisdiction', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports a jurisdiction that differs from the folder', () => {
    const ctx = validContext();
    ctx.instruments[0].jurisdiction = 'us';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: jurisdiction
      message: got "us" but the file is in the folder "uk"
      fix: move the file to content/instruments/us/ or correct the jurisdiction"
    `);
  });

  it('reports an instrument that is in no jurisdiction folder', () => {
    const ctx = validContext();
    ctx.instruments[1].id = 'example-regulation';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/eu/example-regulation.mdx
      path: jurisdiction
      message: got "eu" but the file is in the folder "(none)"
      fix: move the file to content/instruments/eu/ or correct the jurisdiction"
    `);
  });
});
