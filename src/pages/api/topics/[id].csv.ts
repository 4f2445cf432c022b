import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../data/kb';
import { MATRIX_COLUMNS, matrixRows } from '../../../lib/exports';
import { toCsv } from '../../../lib/csv';
import { TOPICS } from '../../../vocab';

export function getStaticPaths() {
  return TOPICS.map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const rows = matrixRows(await loadKb(), siteDate, site?.origin ?? '').filter((r) => r.topic === params.id);
  return new Response(toCsv(MATRIX_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
