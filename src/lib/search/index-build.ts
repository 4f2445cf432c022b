/**
 * Builds the search index at build time: the records to show, a vocabulary of terms with posting
 * lists (record, weight), the exact phrases for a bonus, and a prebuilt fuse.js index over the
 * vocabulary for typo-tolerant term matching. The browser parses it; it never re-indexes.
 */
import Fuse from 'fuse.js';
import { indexTerms, normalize } from './normalize';
import type { RecordWithFields, SearchRecord } from './records';

const INDEX_VERSION = 1;

export interface SerializedIndex {
  v: number;
  records: SearchRecord[];
  /** Sorted distinct terms. */
  vocab: string[];
  /** postings[i] = flat [recordIndex, weight*10, recordIndex, weight*10, ...] for vocab[i]. */
  postings: number[][];
  /** Normalised exact phrases per record. */
  phrases: string[][];
  /** fuse.js index over vocab (Fuse.createIndex(...).toJSON()). */
  fuse: unknown;
}

export function buildIndex(items: readonly RecordWithFields[]): SerializedIndex {
  const termWeights = new Map<string, Map<number, number>>();
  items.forEach((item, ri) => {
    for (const f of item.fields) {
      for (const term of indexTerms(f.text)) {
        let m = termWeights.get(term);
        if (!m) termWeights.set(term, (m = new Map()));
        m.set(ri, Math.max(m.get(ri) ?? 0, f.weight));
      }
    }
  });
  const vocab = [...termWeights.keys()].sort();
  const postings = vocab.map((t) =>
    [...(termWeights.get(t) as Map<number, number>)].flatMap(([ri, w]) => [ri, Math.round(w * 10)]),
  );
  const fuse = Fuse.createIndex([], vocab).toJSON();
  return {
    v: INDEX_VERSION,
    records: items.map((i) => i.record),
    vocab,
    postings,
    phrases: items.map((i) => [...new Set(i.phrases.map((p) => normalize(p).trim()))]),
    fuse,
  };
}
