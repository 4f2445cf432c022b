import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { atom, feedEntries } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    atom({
      site: site!.href,
      selfPath: '/feeds/all.xml',
      pagePath: '/whats-new/',
      title: 'AI CSAM Law: all changes',
      entries: feedEntries(await loadKb(), siteDate),
      updated: siteDate,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
