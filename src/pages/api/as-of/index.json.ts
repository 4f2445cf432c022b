import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../data/kb';
import { keyDates } from '../../../lib/history';
import { urls } from '../../../lib/urls';

/** The key dates at which the matrix is published: /api/as-of/<date>/matrix.json. */
export const GET: APIRoute = async () => {
  const dates = keyDates(await loadKb(), siteDate);
  return Response.json({
    schemaVersion: 1,
    generated: siteDate,
    dates: dates.map((date) => ({ date, matrix: urls.api.asOfMatrix(date) })),
  });
};
