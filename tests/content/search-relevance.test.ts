/**
 * Search relevance on the real content: the labelled query set must reach a 95% top-3 hit rate.
 * (Latency is measured by `npm run bench:search`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { loadKbFromDisk } from '../../src/node/knowledge-base';
import { buildRecords } from '../../src/lib/search/records';
import { buildIndex } from '../../src/lib/search/index-build';
import { loadIndex, search } from '../../src/lib/search/query';
import { jurisdictionsWithPages } from '../../src/lib/views';
import { LABELLED_QUERIES, matches } from '../search-queries';

const kb = loadKbFromDisk(process.cwd());
const built = buildIndex(buildRecords(kb, '2026-11-21'));
// Through JSON, as the browser receives the two files.
const ix = loadIndex(JSON.parse(JSON.stringify(built.index)), JSON.parse(JSON.stringify(built.text)));

describe('search relevance on the labelled query set', () => {
  it('has at least 40 queries covering every kind', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(LABELLED_QUERIES.map((q) => q.kind)).size).toBe(5);
  });
  it('finds an expected result in the top 3 for at least 95% of queries', () => {
    const misses = LABELLED_QUERIES.filter((q) => {
      const top = search(ix, q.query, {}, 3).map((h) => h.record.id);
      return !top.some((id) => q.expect.some((e) => matches(id, e)));
    });
    const rate = 1 - misses.length / LABELLED_QUERIES.length;
    expect(rate, `misses: ${misses.map((m) => m.query).join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });
  it('puts the expected result first for the queries marked so (citations, bills, names)', () => {
    const wrong = LABELLED_QUERIES.filter((q) => q.first).flatMap((q) => {
      const id = search(ix, q.query, {}, 1)[0]?.record.id ?? '(nothing)';
      return q.expect.some((e) => matches(id, e)) ? [] : [`${q.query} -> ${id}`];
    });
    expect(wrong).toEqual([]);
  });
  it('finds the Protection of Children Act 1978 for "pseudo-photograph" (CLI contract example)', () => {
    expect(
      search(ix, 'pseudo-photograph', {}, 3).some((h) => h.record.id.startsWith('uk/protection-of-children-act-1978')),
    ).toBe(true);
  });
  it('every expected id in the set exists, so the set cannot silently rot', () => {
    const ids = new Set([
      ...(kb.glossary ?? []).map((g) => `glossary#${g.id}`),
      ...kb.instruments.flatMap((i) => [i.id, ...i.provisions.map((p) => `${i.id}#${p.id}`)]),
      ...kb.topics.map((t) => t.id),
      ...jurisdictionsWithPages(kb),
    ]);
    for (const q of LABELLED_QUERIES) for (const e of q.expect) expect(ids.has(e), `${q.query}: ${e}`).toBe(true);
  });
});
