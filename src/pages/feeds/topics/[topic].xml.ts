import type { APIRoute, GetStaticPaths } from 'astro';
import { atomResponse, loadKb, siteDate } from '../../../data/kb';
import { feedDocument } from '../../../lib/feeds';
import { TOPICS, type TopicId } from '../../../vocab';

export const getStaticPaths = (() =>
  TOPICS.map((topic) => ({ params: { topic }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicId }> = async ({ props, site }) =>
  atomResponse(feedDocument(await loadKb(), siteDate, site, { kind: 'topic', id: props.topic }));
