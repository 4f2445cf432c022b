import { describe, expect, it } from 'vitest';
import { uniqueIds as rule } from '../../../src/lib/check/rules/unique-ids';
import { reported, run, validContext } from './context';

describe('rule unique-ids', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports a source id defined twice, naming the first file', () => {
    const ctx = validContext();
    ctx.sources.push({ ...ctx.sources[2], url: 'https://eur-lex.europa.eu/copy', file: 'content/sources/eu.yaml' });
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/sources/eu.yaml
      path: source "eur-b"
      message: duplicate source id "eur-b" (first defined in content/sources/uk.yaml)
      fix: give one of them another id, or delete the copy and cite the first"
    `);
  });

  it('reports the same document listed twice under two ids', () => {
    const ctx = validContext();
    ctx.sources.push({ ...ctx.sources[2], id: 'eur-b-copy', file: 'content/sources/eu.yaml' });
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/sources/eu.yaml
      path: source "eur-b-copy".url
      message: the same document is already listed as source "eur-b"
        (https://eur-lex.europa.eu/eli/reg/2030/1/oj)
      fix: delete this entry and cite "eur-b" instead, keeping the earliest published and latest accessed
        date"
    `);
  });

  it('reports a provision id used twice in one instrument', () => {
    const ctx = validContext();
    ctx.instruments[0].provisions[1].id = 's-1';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: provisions[1].id
      message: duplicate provision id "s-1" (also provisions[0])
      fix: give each provision its own id: it is the page anchor, e.g. "s-1", "s-1-1a""
    `);
  });

  it('allows the same provision id in two instruments', () => {
    const ctx = validContext();
    ctx.instruments[1].provisions[0].id = 's-1';
    expect(run(rule, ctx)).toEqual([]);
  });
});
