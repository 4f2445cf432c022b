/**
 * Builds the search index at build time, in two files. The index is what ranking and filtering need
 * and nothing else: a vocabulary of terms with compact posting lists, the exact phrases for a bonus,
 * the display form of stemmed words (for "did you mean"), and the facts the filters read. The text is
 * what a result shows: titles, labels and summaries. The browser fetches both and never re-indexes.
 */
import { indexTerms, normalize, stem, terms } from './normalize';
import type { RecordType, RecordWithFields, SearchRecord } from './records';

export const INDEX_VERSION = 2;

/** The weight of an abbreviation or popular form added for a phrase, relative to the words written. */
const EXPANDED = 0.8;

/** What a record is filtered on; the rest of a record is in the text file. */
export type RecordFacts = Pick<SearchRecord, 't' | 'j' | 'k' | 'f' | 'topics'>;

export interface SearchIndexData {
  v: number;
  /** Per record, in record order. */
  facts: RecordFacts[];
  /** Sorted distinct terms. */
  vocab: string[];
  /** Field weights times 10, by code. */
  weights: number[];
  /**
   * postings[i]: the records vocab[i] occurs in, ascending, one number each:
   * (record index - previous record index - 1) * weights.length + weight code.
   */
  postings: number[][];
  /** Normalised exact phrases per record (the first is its title). */
  phrases: string[][];
  /** The commonest written form of a term where it differs from the stemmed term: [vocab index, word]. */
  words: [number, string][];
}

/** What a result shows, per record in record order; the URL and instrument name are derived on load. */
export interface SearchTextData {
  v: number;
  /** `short`: an instrument's short title, shown under each of its provisions. */
  records: {
    t: RecordType;
    id: string;
    title: string;
    label: string;
    text: string;
    status?: string;
    short?: string;
  }[];
}

export interface BuiltIndex {
  index: SearchIndexData;
  text: SearchTextData;
}

/** The words as written behind each stemmed term, with how often each occurs. */
function writtenForms(items: readonly RecordWithFields[]): Map<string, Map<string, number>> {
  const forms = new Map<string, Map<string, number>>();
  for (const item of items) {
    for (const f of item.fields) {
      for (const m of normalize(f.text).matchAll(/[a-z]{4,}/g)) {
        const term = stem(m[0]);
        let byWord = forms.get(term);
        if (!byWord) forms.set(term, (byWord = new Map()));
        byWord.set(m[0], (byWord.get(m[0]) ?? 0) + 1);
      }
    }
  }
  return forms;
}

export function buildIndex(items: readonly RecordWithFields[]): BuiltIndex {
  const termWeights = new Map<string, Map<number, number>>();
  items.forEach((item, ri) => {
    for (const f of item.fields) {
      // A word as written outweighs an abbreviation added for it: "CSAM" in a title beats a title that
      // says "child sexual abuse material".
      const written = new Set(terms(f.text));
      for (const term of indexTerms(f.text)) {
        const w = written.has(term) ? f.weight : f.weight * EXPANDED;
        let m = termWeights.get(term);
        if (!m) termWeights.set(term, (m = new Map()));
        m.set(ri, Math.max(m.get(ri) ?? 0, w));
      }
    }
  });
  const vocab = [...termWeights.keys()].sort();
  const weights = [
    ...new Set([...termWeights.values()].flatMap((m) => [...m.values()].map((w) => Math.round(w * 10)))),
  ].sort((a, b) => a - b);
  const postings = vocab.map((t) => {
    let last = -1;
    return [...(termWeights.get(t) as Map<number, number>)].map(([ri, w]) => {
      const n = (ri - last - 1) * weights.length + weights.indexOf(Math.round(w * 10));
      last = ri;
      return n;
    });
  });
  const forms = writtenForms(items);
  const words: [number, string][] = [];
  vocab.forEach((term, i) => {
    const byWord = forms.get(term);
    // Only where the term is not itself a word people write ("criminaliz" -> "criminalized"; "generator" stays).
    if (!byWord || byWord.has(term)) return;
    words.push([i, [...byWord].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]]);
  });
  const shortTitles = new Map(
    items.filter((i) => i.record.t === 'provision').map((i) => [i.record.id.split('#')[0], i.record.instrument]),
  );
  return {
    index: {
      v: INDEX_VERSION,
      facts: items.map(({ record: r }) => ({ t: r.t, j: r.j, k: r.k, f: r.f, topics: r.topics })),
      vocab,
      weights,
      postings,
      phrases: items.map((i) => [...new Set(i.phrases.map((p) => normalize(p).replace(/\s+/g, ' ').trim()))]),
      words,
    },
    text: {
      v: INDEX_VERSION,
      records: items.map(({ record: r }) => ({
        t: r.t,
        id: r.id,
        title: r.title,
        label: r.label,
        text: r.text,
        ...(r.status ? { status: r.status } : {}),
        ...(r.t === 'instrument' && shortTitles.has(r.id) ? { short: shortTitles.get(r.id) } : {}),
      })),
    },
  };
}
