import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../data/kb';
import { atom, feedEntries } from '../../../lib/feeds';
import { TOPICS, TOPIC_LABELS, type TopicId } from '../../../vocab';

export function getStaticPaths() {
  return TOPICS.map((topic) => ({ params: { topic } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const t = params.topic as TopicId;
  const entries = feedEntries(await loadKb(), siteDate).filter((e) => e.topics.includes(t));
  return new Response(
    atom({
      site: site!.href,
      selfPath: `/feeds/topics/${t}.xml`,
      pagePath: `/topics/${t}/`,
      title: `AI CSAM Law: changes, ${TOPIC_LABELS[t]}`,
      entries,
      updated: siteDate,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
