/**
 * Runs a query over a prebuilt index (browser and command line alike). Each query word is matched to
 * index terms exactly, as another form of the same citation ("184b" -> "§ 184b"), by prefix (search
 * as you type), one edit away (a typo), or failing those, by fuse.js fuzzy matching over the plain words
 * of the vocabulary (its index is built in memory on the first such query); records score by the weight
 * of the fields the terms sit in, times how rare the term is, and records that match every word rank
 * first. `suggest` turns the typos it corrects into a "did you mean".
 */
import Fuse from 'fuse.js';
import { JURISDICTION_INFO, type JurisdictionId } from '../../vocab';
import { citationVariants, indexTerms, normalize, stem, terms } from './normalize';
import { recordUrl, type SearchRecord } from './records';
import type { SearchIndexData, SearchTextData } from './index-build';

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
  data: SearchIndexData;
  records: SearchRecord[];
  /** How many records each term occurs in. */
  df: Uint32Array;
  termIndex: Map<string, number>;
  /** Vocabulary positions of plain words by length (the words fuse.js matches fuzzily). */
  byLength: number[][];
  /** fuse.js over the plain words, built on the first query that needs it; `fuzzyAt` maps back to the vocabulary. */
  fuzzy?: Fuse<string>;
  fuzzyAt?: number[];
  /** Written forms of stemmed terms, by vocabulary position. */
  words: Map<number, string>;
  /** Decoded postings per term: flat [record, weight, record, weight, ...], filled on first use. */
  decoded: (Float64Array | undefined)[];
  /** Candidate terms per query term, memoised across keystrokes. */
  cache: Map<string, [number, number][]>;
}

/** Joins the index and the text into records once; nothing is re-indexed. */
export function loadIndex(data: SearchIndexData, text: SearchTextData): LoadedIndex {
  const short = new Map(text.records.filter((r) => r.short).map((r) => [r.id, r.short as string]));
  const records = text.records.map((r, i): SearchRecord => {
    const f = data.facts[i];
    return {
      ...f,
      id: r.id,
      title: r.title,
      label: r.label,
      text: r.text,
      status: r.status ?? '',
      url: recordUrl(r.t, r.id),
      instrument: r.t === 'instrument' ? r.title : r.t === 'provision' ? (short.get(r.id.split('#')[0]) ?? '') : '',
    };
  });
  const byLength: number[][] = [];
  data.vocab.forEach((t, i) => {
    if (/^[a-z]+$/.test(t)) (byLength[t.length] ??= []).push(i);
  });
  return {
    data,
    records,
    df: Uint32Array.from(data.postings, (p) => p.length),
    termIndex: new Map(data.vocab.map((t, i) => [t, i])),
    byLength,
    words: new Map(data.words),
    decoded: new Array(data.vocab.length),
    cache: new Map(),
  };
}

function postings(ix: LoadedIndex, ti: number): Float64Array {
  const done = ix.decoded[ti];
  if (done) return done;
  const { weights } = ix.data;
  const enc = ix.data.postings[ti];
  const out = new Float64Array(enc.length * 2);
  let ri = -1;
  for (let k = 0; k < enc.length; k++) {
    ri += Math.floor(enc[k] / weights.length) + 1;
    out[2 * k] = ri;
    out[2 * k + 1] = weights[enc[k] % weights.length] / 10;
  }
  return (ix.decoded[ti] = out);
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

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Vocabulary positions of words one edit away (a letter swapped with its neighbour, dropped, added or
 * replaced), with the quality of each: an adjacent swap, the commonest typo, ranks highest.
 */
function oneEditAway(ix: LoadedIndex, term: string): Map<number, number> {
  const out = new Map<number, number>();
  const add = (t: string, q: number) => {
    const i = ix.termIndex.get(t);
    if (i !== undefined && t !== term && (out.get(i) ?? 0) < q) out.set(i, q);
  };
  for (let i = 0; i < term.length; i++) {
    if (i < term.length - 1) add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2), 0.9);
    add(term.slice(0, i) + term.slice(i + 1), 0.85);
    for (const c of LETTERS) add(term.slice(0, i) + c + term.slice(i + 1), 0.85);
  }
  for (let i = 0; i <= term.length; i++) for (const c of LETTERS) add(term.slice(0, i) + c + term.slice(i), 0.85);
  return out;
}

/** Optimal string alignment distance (edits with adjacent swaps), or max + 1 once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Plain words of the vocabulary that fuse.js finds close to `term` (only for words long enough to bear two
 * typos), each with a quality below a one-edit match.
 */
function fuzzyAway(ix: LoadedIndex, term: string): Map<number, number> {
  const out = new Map<number, number>();
  if (term.length < 6) return out;
  if (!ix.fuzzy) {
    ix.fuzzyAt = ix.byLength.flat();
    ix.fuzzy = new Fuse(
      ix.fuzzyAt.map((i) => ix.data.vocab[i]),
      { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 4 },
    );
  }
  for (const r of ix.fuzzy.search(term, { limit: 6 })) {
    const i = ix.fuzzyAt![r.refIndex];
    // Words whose length differs by more than two are not typos of each other.
    if (Math.abs(ix.data.vocab[i].length - term.length) > 2) continue;
    out.set(i, 0.6 * (1 - (r.score ?? 0)));
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
  else {
    for (const v of citationVariants(term)) {
      const i = ix.termIndex.get(v);
      if (i !== undefined) out.set(i, 0.95);
    }
  }
  if (term.length >= 3 || (isLast && term.length >= 2)) {
    // A citation number is not a prefix of a longer one: "art5" must not match "art52".
    const numeric = /\d$/.test(term);
    for (const i of prefixRange(ix.data.vocab, term, 24)) {
      if (numeric && /^\d/.test(ix.data.vocab[i].slice(term.length))) continue;
      if (!out.has(i)) out.set(i, 0.7);
    }
  }
  if (exact === undefined && term.length >= 4 && /^[a-z]+$/.test(term)) {
    for (const [i, q] of oneEditAway(ix, term)) if ((out.get(i) ?? 0) < q) out.set(i, q);
    // fuse.js only when nothing closer matched.
    if (!out.size) for (const [i, q] of fuzzyAway(ix, term)) out.set(i, q);
  }
  const result = [...out];
  if (ix.cache.size > 2000) ix.cache.clear();
  ix.cache.set(key, result);
  return result;
}

/** True when a record of jurisdiction `j` is within the chosen jurisdiction (itself or one of its parts). */
function within(j: string, chosen: string): boolean {
  return j === chosen || JURISDICTION_INFO[j as JurisdictionId]?.parent === chosen;
}

function passes(r: SearchRecord, f: Filters): boolean {
  if (f.jurisdiction && !within(r.j, f.jurisdiction)) return false;
  if (f.topic && !r.topics.includes(f.topic)) return false;
  if (f.kind && r.k !== f.kind) return false;
  if (f.type && r.t !== f.type) return false;
  if (f.inForce && r.f !== f.inForce) return false;
  return true;
}

/** Whether the sorted flat postings [record, weight, ...] hold record `ri`. */
function holds(p: Float64Array, ri: number): boolean {
  let lo = 0;
  let hi = p.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[2 * mid] < ri) lo = mid + 1;
    else hi = mid;
  }
  return lo < p.length / 2 && p[2 * lo] === ri;
}

/** Searches; with an empty query, lists records passing the filters (instruments first). */
export function search(ix: LoadedIndex, query: string, filters: Filters = {}, limit = 50): Hit[] {
  const qterms = terms(query);
  const { records } = ix;
  const { vocab, phrases } = ix.data;
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
  const best = new Float64Array(n);
  const seen: number[] = [];
  const cands = qterms.map((qt, qi) => candidates(ix, qt, qi === qterms.length - 1));
  for (const cand of cands) {
    const touched: number[] = [];
    for (const [ti, quality] of cand) {
      const idf = Math.log(1 + n / ix.df[ti]);
      const p = postings(ix, ti);
      for (let k = 0; k < p.length; k += 2) {
        const ri = p[k];
        const s = quality * p[k + 1] * idf;
        if (s > best[ri]) {
          if (best[ri] === 0) touched.push(ri);
          best[ri] = s;
        }
      }
    }
    for (const ri of touched) {
      if (hits[ri] === 0) seen.push(ri);
      score[ri] += best[ri];
      hits[ri]++;
      best[ri] = 0;
    }
  }
  const phrase = normalize(query).replace(/\s+/g, ' ').trim();
  // Adjacent query words that stand together in a title or alias ("ai act", "chat control") earn a bonus.
  const words = phrase.split(' ').filter(Boolean);
  const bigrams = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const bonus = (ri: number) => {
    const ps = phrases[ri];
    const t = records[ri].t;
    let f = t === 'instrument' || t === 'topic' || t === 'jurisdiction' ? 1.15 : 1;
    // The whole query is a title, alias or label ("Virginia", "s.46A"), or stands within one.
    if (phrase.length > 2 && ps.includes(phrase)) f *= 1.8;
    else if (phrase.length > 5 && ps.some((p) => p.includes(phrase))) f *= 1.6;
    else if (bigrams.length) {
      const k = bigrams.filter((b) => ps.some((p) => ` ${p} `.includes(` ${b} `))).length;
      if (k) f *= 1 + 0.4 * k;
    }
    return f;
  };
  // Rank by the score before bonuses, then apply the bonuses only while they can still change the top.
  const base = seen
    .filter((ri) => passes(records[ri], filters))
    .map((ri) => ({ ri, s: score[ri] * (hits[ri] / qterms.length) ** 2 }))
    .sort((a, b) => b.s - a.s);
  const maxBonus = 1.15 * Math.max(1.8, 1 + 0.4 * bigrams.length);
  // Among equals, the shorter title is the closer match ("Sextortion" before "Alabama: law on ...").
  const title = (ri: number) => records[ri].title;
  const order = (a: { ri: number; s: number }, b: { ri: number; s: number }) =>
    b.s - a.s || title(a.ri).length - title(b.ri).length || title(a.ri).localeCompare(title(b.ri));
  let ranked: { ri: number; s: number }[] = [];
  for (let from = 0; from < base.length; from += limit) {
    if (ranked.length >= limit && base[from].s * maxBonus < ranked[limit - 1].s) break;
    for (const { ri, s } of base.slice(from, from + limit)) ranked.push({ ri, s: s * bonus(ri) });
    ranked = ranked.sort(order).slice(0, limit);
  }
  const top = ranked[0]?.s || 1;
  return ranked.slice(0, limit).map(({ ri, s }) => ({
    record: records[ri],
    score: Math.round((s / top) * 1000) / 1000,
    // Which candidate terms the record holds: looked up for the shown hits only.
    matched: [...new Set(cands.flat().flatMap(([ti]) => (holds(postings(ix, ti), ri) ? [vocab[ti]] : [])))],
  }));
}

/**
 * A corrected query for "did you mean", or undefined: each word that matches no index term (and, for
 * the word being typed, starts none) is replaced by the closest term one edit away (else fuse.js's), the most
 * common one where several are as close, in the form people write it. "nudificaton" -> "nudification".
 */
export function suggest(ix: LoadedIndex, query: string): string | undefined {
  const parts = query.trim().split(/(\s+)/);
  let changed = false;
  const last = parts.length - 1;
  const out = parts.map((word, i) => {
    const ts = terms(word);
    if (ts.length !== 1) return word;
    const t = ts[0];
    if (t.length < 4 || !/^[a-z]+$/.test(t) || ix.termIndex.has(t)) return word;
    if (i === last && prefixRange(ix.data.vocab, t, 1).length) return word;
    const near = [...oneEditAway(ix, t).keys()];
    const pool = near.length ? near : [...fuzzyAway(ix, t).keys()];
    if (!pool.length) return word;
    const ti = pool.sort((a, b) => ix.df[b] - ix.df[a] || a - b)[0];
    changed = true;
    const fix = ix.words.get(ti) ?? ix.data.vocab[ti];
    // Keep what the stem dropped from the word as typed ("generatrs" -> "generators").
    const typed = normalize(word).replace(/[^a-z]/g, '');
    const ending = typed.startsWith(stem(typed)) && fix === ix.data.vocab[ti] ? typed.slice(stem(typed).length) : '';
    return /^[A-Z]/.test(word) ? `${fix[0].toUpperCase()}${fix.slice(1)}${ending}` : `${fix}${ending}`;
  });
  return changed ? out.join('') : undefined;
}

/** A word's index terms and citation forms, kept across calls: results repeat words from keystroke to keystroke. */
const WORD_TERMS = new Map<string, string[]>();
function wordTerms(word: string): string[] {
  let ts = WORD_TERMS.get(word);
  if (!ts) {
    ts = indexTerms(word).flatMap((t) => [t, ...citationVariants(t)]);
    if (WORD_TERMS.size > 50_000) WORD_TERMS.clear();
    WORD_TERMS.set(word, ts);
  }
  return ts;
}

const WORD = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu;

/** Whether a word's index terms are among `matched`: the same terms the index gives it. */
function hitTest(matched: readonly string[]): (word: string) => boolean {
  const set = new Set(matched);
  return (word) => wordTerms(word).some((t) => set.has(t));
}

/** Where the first word whose terms are among `matched` starts in `text`, or -1 (it stops at that word). */
export function firstHitAt(text: string, matched: readonly string[]): number {
  const isHit = hitTest(matched);
  for (const m of text.matchAll(WORD)) if (isHit(m[0])) return m.index;
  return -1;
}

/** Splits text into runs, marking words whose normalised stem is among `matched` (for safe highlighting). */
export function highlightRuns(text: string, matched: readonly string[]): { text: string; hit: boolean }[] {
  if (!matched.length) return [{ text, hit: false }];
  const isHit = hitTest(matched);
  const runs: { text: string; hit: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // The same terms the index gives the word, so "nudification" lights up for "nudify".
    if (!isHit(word)) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: word, hit: true });
    last = m.index + word.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}
