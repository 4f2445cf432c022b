/**
 * The knowledge base as pages see it: the same validated content that the content loader and
 * `check:content` use (src/node/knowledge-base.ts), read once per build.
 */
import { getEntry, render } from 'astro:content';
import type { KnowledgeBase } from '../lib/kb';
import { buildDate } from '../node/env';
import { loadKbFromDisk } from '../node/knowledge-base';

export function loadKb(): Promise<KnowledgeBase> {
  return Promise.resolve(loadKbFromDisk(process.cwd()));
}

/** The date the site is built for: today, or KB_TODAY. */
export const siteDate = buildDate();

/**
 * One static path per instrument ("uk/foo"), with the instrument as a prop: the instrument and cite routes
 * share it.
 */
export async function instrumentPaths() {
  return (await loadKb()).instruments.map((instrument) => ({ params: { id: instrument.id }, props: { instrument } }));
}

/** The rendered Markdown body of an instrument or topic, if it has one. */
export async function renderBody(collection: 'instruments' | 'topics', id: string) {
  const entry = await getEntry(collection, id);
  return entry?.rendered ? (await render(entry)).Content : null;
}

/** An Atom feed response. */
export const atomResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
