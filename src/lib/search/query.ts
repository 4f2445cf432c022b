/**
 * Runs a query over a prebuilt index (browser and command line alike). Each query word is matched to
 * index terms exactly, by prefix (search as you type) or, failing those, by fuse.js fuzzy matching over
 * the vocabulary (typos); records score by the weight of the fields the terms sit in, times how rare
 * the term is, and records that match every word rank first.
 */
import Fuse from 'fuse.js';
import { indexTerms, normalize, terms } from './normalize';
import type { SearchRecord } from './records';
import type { SerializedIndex } from './index-build';

export interface Filters {
  jurisdiction?: string;
  topic?: string;
  kind?: string;
  type?: string;
  inForce?: string;
}

export interface Hit {
  record: SearchRecord;
  /** Relevance, higher is better, 0 to 1 relative to the best hit. */
  score: number;
  /** Index terms the query matched, for highlighting. */
  matched: string[];
}

export interface LoadedIndex {
  data: SerializedIndex;
  fuse: Fuse<string>;
  df: number[];
  termIndex: Map<string, number>;
  /** Candidate terms per query term, memoised across keystrokes. */
  cache: Map<string, [number, number][]>;
}

/** Parses a serialised index once (fuse.js parseIndex: no re-indexing). */
export function loadIndex(data: SerializedIndex): LoadedIndex {
  const fuse = new Fuse(
    data.vocab,
    { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 },
    Fuse.parseIndex(data.fuse as Parameters<typeof Fuse.parseIndex>[0]),
  );
  return {
    data,
    fuse,
    df: data.postings.map((p) => p.length / 2),
    termIndex: new Map(data.vocab.map((t, i) => [t, i])),
    cache: new Map(),
  };
}

/** Vocabulary positions of terms starting with `prefix` (vocab is sorted). */
function prefixRange(vocab: readonly string[], prefix: string, limit: number): number[] {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < vocab.length && out.length < limit && vocab[i].startsWith(prefix); i++) out.push(i);
  return out;
}

/** Vocabulary positions of words one adjacent swap away ("saftey" -> "safety"): the commonest typo. */
function transpositions(ix: LoadedIndex, term: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < term.length - 1; i++) {
    const t = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    const hit = ix.termIndex.get(t);
    if (hit !== undefined && t !== term) out.push(hit);
  }
  return out;
}

/** Candidate index terms for one query term, each with a match quality 0..1. Memoised: typing repeats terms. */
function candidates(ix: LoadedIndex, term: string, isLast: boolean): [number, number][] {
  const key = `${isLast ? 1 : 0}${term}`;
  const cached = ix.cache.get(key);
  if (cached) return cached;
  const out = new Map<number, number>();
  const exact = ix.termIndex.get(term);
  if (exact !== undefined) out.set(exact, 1);
  if (term.length >= 3 || (isLast && term.length >= 2)) {
    // A citation number is not a prefix of a longer one: "art5" must not match "art52".
    const numeric = /\d$/.test(term);
    for (const i of prefixRange(ix.data.vocab, term, 24)) {
      if (numeric && /^\d/.test(ix.data.vocab[i].slice(term.length))) continue;
      if (!out.has(i)) out.set(i, 0.7);
    }
  }
  if (exact === undefined && term.length >= 4 && !/\d/.test(term)) {
    for (const i of transpositions(ix, term)) if (!out.has(i)) out.set(i, 0.9);
    // fuse.js fuzzy matching over the vocabulary, only when nothing closer matched.
    if (!out.size) {
      for (const r of ix.fuse.search(term, { limit: 6 })) {
        const q = (1 - (r.score ?? 1)) * 0.75;
        if (q > (out.get(r.refIndex) ?? 0)) out.set(r.refIndex, q);
      }
    }
  }
  const result = [...out];
  if (ix.cache.size > 2000) ix.cache.clear();
  ix.cache.set(key, result);
  return result;
}

function passes(r: SearchRecord, f: Filters): boolean {
  if (f.jurisdiction && r.j !== f.jurisdiction) return false;
  if (f.topic && !r.topics.includes(f.topic)) return false;
  if (f.kind && r.k !== f.kind) return false;
  if (f.type && r.t !== f.type) return false;
  if (f.inForce && r.f !== f.inForce) return false;
  return true;
}

/** Searches; with an empty query, lists records passing the filters (instruments first). */
export function search(ix: LoadedIndex, query: string, filters: Filters = {}, limit = 50): Hit[] {
  const qterms = terms(query);
  const { records, postings, vocab } = ix.data;
  if (!qterms.length) {
    const hasFilter = Object.values(filters).some(Boolean);
    if (!hasFilter) return [];
    return records
      .filter((r) => passes(r, filters))
      .sort((a, b) => (a.t === b.t ? a.title.localeCompare(b.title) : a.t === 'instrument' ? -1 : 1))
      .slice(0, limit)
      .map((record) => ({ record, score: 1, matched: [] }));
  }
  const n = records.length;
  const score = new Float64Array(n);
  const hits = new Uint16Array(n);
  const matched = new Map<number, Set<string>>();
  qterms.forEach((qt, qi) => {
    const best = new Map<number, number>();
    for (const [ti, quality] of candidates(ix, qt, qi === qterms.length - 1)) {
      const idf = Math.log(1 + n / ix.df[ti]);
      const p = postings[ti];
      for (let k = 0; k < p.length; k += 2) {
        const ri = p[k];
        const s = quality * (p[k + 1] / 10) * idf;
        if (s > (best.get(ri) ?? 0)) best.set(ri, s);
        let m = matched.get(ri);
        if (!m) matched.set(ri, (m = new Set()));
        m.add(vocab[ti]);
      }
    }
    for (const [ri, s] of best) {
      score[ri] += s;
      hits[ri]++;
    }
  });
  const phrase = normalize(query).replace(/\s+/g, ' ').trim();
  // Adjacent query words that stand together in a title or alias ("ai act", "chat control") earn a bonus.
  const words = phrase.split(' ').filter(Boolean);
  const bigrams = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const out: Hit[] = [];
  for (let ri = 0; ri < n; ri++) {
    if (!hits[ri] || !passes(records[ri], filters)) continue;
    const coverage = hits[ri] / qterms.length;
    let s = score[ri] * coverage * coverage;
    const phrases = ix.data.phrases[ri];
    if (phrase.length > 2 && phrases.some((p) => p === phrase || (phrase.length > 5 && p.includes(phrase)))) s *= 1.6;
    else if (bigrams.length) {
      const n = bigrams.filter((b) => phrases.some((p) => ` ${p} `.includes(` ${b} `))).length;
      if (n) s *= 1 + 0.4 * n;
    }
    if (records[ri].t === 'instrument' || records[ri].t === 'topic') s *= 1.15;
    out.push({ record: records[ri], score: s, matched: [...(matched.get(ri) ?? [])] });
  }
  out.sort((a, b) => b.score - a.score || a.record.title.localeCompare(b.record.title));
  const top = out[0]?.score || 1;
  return out.slice(0, limit).map((h) => ({ ...h, score: Math.round((h.score / top) * 1000) / 1000 }));
}

/** Splits text into runs, marking words whose normalised stem is among `matched` (for safe highlighting). */
export function highlightRuns(text: string, matched: readonly string[]): { text: string; hit: boolean }[] {
  if (!matched.length) return [{ text, hit: false }];
  const set = new Set(matched);
  const runs: { text: string; hit: boolean }[] = [];
  const re = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const word = m[0];
    // The same terms the index gives the word, so "nudification" lights up for "nudify".
    const hit = indexTerms(word).some((t) => set.has(t));
    if (!hit) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: word, hit: true });
    last = m.index + word.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}
