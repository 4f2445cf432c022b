import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../../data/kb';
import { matrixJson } from '../../../../lib/exports';
import { keyDates } from '../../../../lib/history';

export async function getStaticPaths() {
  return keyDates(await loadKb(), siteDate).map((date) => ({ params: { date } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  Response.json(matrixJson(await loadKb(), params.date as string, siteDate, site?.origin ?? ''));
