import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../../data/kb';
import { matrixJson } from '../../../../lib/exports';
import { keyDates } from '../../../../lib/history';

export async function getStaticPaths() {
  return keyDates(await loadKb(), siteDate).map((date) => ({ params: { date }, props: { date } }));
}

export const GET: APIRoute<{ date: string }> = async ({ props, site }) =>
  Response.json(matrixJson(await loadKb(), props.date, siteDate, site?.origin ?? ''));
