import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../data/kb';
import { MATRIX_COLUMNS, matrixRows } from '../../../lib/exports';
import { toCsv } from '../../../lib/csv';
import { TOPICS, type TopicId } from '../../../vocab';

export function getStaticPaths() {
  return TOPICS.map((id) => ({ params: { id }, props: { id } }));
}

export const GET: APIRoute<{ id: TopicId }> = async ({ props, site }) => {
  const rows = matrixRows(await loadKb(), siteDate, site?.origin ?? '').filter((r) => r.topic === props.id);
  return new Response(toCsv(MATRIX_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
