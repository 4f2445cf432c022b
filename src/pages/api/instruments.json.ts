import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { instrumentsJson } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) =>
  Response.json(instrumentsJson(await loadKb(), siteDate, site?.origin ?? ''));
