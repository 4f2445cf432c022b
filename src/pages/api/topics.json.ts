import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { topicsJson } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) =>
  Response.json(topicsJson(await loadKb(), siteDate, siteDate, site?.origin ?? ''));
