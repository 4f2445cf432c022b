import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { matrixJson } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) =>
  Response.json(matrixJson(await loadKb(), siteDate, siteDate, site?.origin ?? ''));
