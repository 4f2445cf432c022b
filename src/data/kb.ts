/** Loads the validated content collections into the plain KnowledgeBase the pure functions take. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { KnowledgeBase } from '../lib/kb';
import { today } from '../lib/kb';

let cached: Promise<KnowledgeBase> | undefined;

export function loadKb(): Promise<KnowledgeBase> {
  cached ??= (async () => {
    const [instruments, topics, sources, corrections, glossary] = await Promise.all([getCollection('instruments'), getCollection('topics'), getCollection('sources'), getCollection('corrections'), getCollection('glossary')]);
    return {
      instruments: instruments.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id)),
      topics: topics.map((e) => ({ ...e.data, id: e.id })),
      sources: sources.map((e) => e.data),
      corrections: corrections.map((e) => ({ ...e.data, id: e.id })),
      glossary: glossary.map((e) => e.data),
    };
  })();
  return cached;
}

/** The date the site is built for: today, or KB_TODAY. */
export const siteDate = today();

/** One static path per instrument ("uk/foo"), with the instrument as a prop: the instrument and cite routes share it. */
export async function instrumentPaths() {
  return (await loadKb()).instruments.map((instrument) => ({ params: { id: instrument.id }, props: { instrument } }));
}

export async function instrumentEntry(id: string): Promise<CollectionEntry<'instruments'> | undefined> {
  return (await getCollection('instruments')).find((e) => e.id === id);
}
export async function topicEntry(id: string): Promise<CollectionEntry<'topics'> | undefined> {
  return (await getCollection('topics')).find((e) => e.id === id);
}
