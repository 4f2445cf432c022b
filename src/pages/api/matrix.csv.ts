import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { MATRIX_COLUMNS, matrixRows } from '../../lib/exports';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(MATRIX_COLUMNS, matrixRows(await loadKb(), siteDate, site?.origin ?? '')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
