import type { APIRoute } from 'astro';
import { searchIndex } from '../../data/search';

/** What search results show (titles, labels, summaries), fetched by the search page beside the index. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchIndex()).text), { headers: { 'Content-Type': 'application/json' } });
