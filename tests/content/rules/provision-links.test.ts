import { describe, expect, it } from 'vitest';
import { provisionLinks as rule } from '../../../src/lib/check/rules/provision-links';
import { validContext } from './context';

describe('rule provision-links', () => {
  const run = (mutate: (ctx: ReturnType<typeof validContext>) => void) => {
    const ctx = validContext();
    mutate(ctx);
    const found: unknown[] = [];
    rule.check(ctx, (p) => found.push(p));
    return found;
  };
  it('reports nothing when every provision links its official text', () => {
    expect(run(() => {})).toEqual([]);
  });
  it('reports a provision without a link or a note', () => {
    expect(run((ctx) => delete ctx.instruments[0].provisions[1].url)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/instruments/uk/example-act-2020.mdx",
          "fix": "link the official text of the provision, or add unverified: "no official text was found ..."",
          "message": "missing, and no unverified note says why",
          "path": "provisions[1].url",
        },
      ]
    `);
  });
  it('accepts a provision without a link that says why', () => {
    expect(
      run((ctx) => {
        delete ctx.instruments[0].provisions[1].url;
        ctx.instruments[0].provisions[1].unverified = 'No official text was found online.';
      }),
    ).toEqual([]);
  });
});
