import type { APIRoute } from 'astro';
import { allRowComparisons } from '../../../data/compare';
import { comparisonCsv, comparisonTable } from '../../../lib/compare';
import { COMPARISON_ROWS } from '../../../vocab';

/** The comparison the compare page shows before a choice (the main rows), as CSV: its link works without JavaScript. */
export const GET: APIRoute = async ({ site }) => {
  const rows = (await allRowComparisons()).filter((r) => COMPARISON_ROWS.includes(r.row));
  return new Response(comparisonCsv(comparisonTable(rows), site?.origin ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
