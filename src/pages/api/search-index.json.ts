import type { APIRoute } from 'astro';
import { searchIndex } from '../../data/search';

/** The search index (terms, postings, phrases, filter facts), fetched by the search page only. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchIndex()).index), { headers: { 'Content-Type': 'application/json' } });
