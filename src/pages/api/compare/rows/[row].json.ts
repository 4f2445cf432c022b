import type { APIRoute } from 'astro';
import { allRowComparisons } from '../../../../data/compare';
import type { RowComparison } from '../../../../lib/compare';

/** One jurisdiction row's comparison data, fetched by the compare page for the rows chosen. */
export async function getStaticPaths() {
  return (await allRowComparisons()).map((data) => ({ params: { row: data.row }, props: { data } }));
}

export const GET: APIRoute<{ data: RowComparison }> = ({ props }) => Response.json(props.data);
