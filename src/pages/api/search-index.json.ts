import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { buildRecords } from '../../lib/search/records';
import { buildIndex } from '../../lib/search/index-build';

/** The prebuilt search index, fetched by the search page only. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildIndex(buildRecords(await loadKb(), siteDate))), {
    headers: { 'Content-Type': 'application/json' },
  });
