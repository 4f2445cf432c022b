import { describe, expect, it } from 'vitest';
import { officialSources as rule } from '../../../src/lib/check/rules/official-sources';
import { reported, run, validContext } from './context';

const official = (id: string, url: string, jurisdiction?: 'uk' | 'us-va') => ({
  id,
  title: 'A source',
  publisher: 'A publisher',
  published: '2026-01-01',
  url,
  official: true,
  jurisdiction,
  file: 'content/sources/uk.yaml',
});

describe('rule official-sources', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('accepts subdomains of an official host, and checks a state against its root', () => {
    const ctx = validContext();
    ctx.sources.push(official('sub', 'https://bills.legislation.gov.uk/x', 'uk'));
    ctx.sources.push(official('va', 'https://law.lis.virginia.gov/vacode/18.2-374.1', 'us-va'));
    expect(run(rule, ctx)).toEqual([]);
  });

  it('reports an official source without a jurisdiction', () => {
    const ctx = validContext();
    ctx.sources.push(official('no-jur', 'https://www.legislation.gov.uk/x'));
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/sources/uk.yaml
      path: source "no-jur".jurisdiction
      message: missing; an official source must name its jurisdiction
      fix: add jurisdiction: one of uk | us | eu"
    `);
  });

  it('reports an official source on a host that only looks official', () => {
    const ctx = validContext();
    ctx.sources.push(official('lookalike', 'https://legislation.gov.uk.example.com/x', 'uk'));
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/sources/uk.yaml
      path: source "lookalike".url
      message: got "https://legislation.gov.uk.example.com/x"; an official UK source must be on
        legislation.gov.uk, gov.uk, parliament.uk, bills.parliament.uk, hansard.parliament.uk,
        questions-statements.parliament.uk, ofcom.org.uk, sentencingcouncil.org.uk or another official
        host in src/vocab/jurisdictions.ts
      fix: link the official publisher, or set official: false (a secondary source)"
    `);
  });

  it('reports an instrument that cites no official source', () => {
    const ctx = validContext();
    const a = ctx.instruments[0];
    for (const o of [a.stage, a.inForce, ...a.timeline, ...a.provisions]) o.sources = ['news-a'];
    a.provisions[1].inForce!.sources = ['news-a'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: sources
      message: no official source is cited anywhere in the entry
      fix: cite the official text or record (legislation.gov.uk, congress.gov, eur-lex...) for at least
        the stage or a provision; if none is reachable, say so in the entry's unverified note"
    `);
  });
});

describe('official-sources: entries resting on secondary sources only', () => {
  it('accepts an entry without an official source when its unverified note says so', () => {
    const ctx = validContext();
    const inst = ctx.instruments[0];
    const swap = <T extends { sources: string[] }>(o: T) => ({ ...o, sources: ['news-a'] });
    ctx.instruments[0] = {
      ...inst,
      stage: swap(inst.stage),
      inForce: swap(inst.inForce),
      timeline: inst.timeline.map(swap),
      provisions: inst.provisions.map((p) => ({ ...swap(p), inForce: p.inForce && swap(p.inForce) })),
      changes: [],
      unverified: 'No official source was reachable; every fact rests on the secondary sources named.',
    };
    const found: string[] = [];
    rule.check(ctx, (p) => found.push(p.message));
    expect(found).toEqual([]);
  });
});
