import type { APIRoute } from 'astro';
import { loadKb } from '../../data/kb';
import { PROVISION_COLUMNS, provisionRows } from '../../lib/exports';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(PROVISION_COLUMNS, provisionRows(await loadKb(), site?.origin ?? '')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
