import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { atom, feedEntries } from '../../lib/feeds';
import { ROOT_JURISDICTIONS, JURISDICTION_LABELS, type RootJurisdictionId } from '../../vocab';

export function getStaticPaths() {
  return ROOT_JURISDICTIONS.map((jurisdiction) => ({ params: { jurisdiction } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const j = params.jurisdiction as RootJurisdictionId;
  const entries = feedEntries(await loadKb(), siteDate).filter((e) => e.jurisdiction === j);
  return new Response(
    atom({
      site: site!.href,
      selfPath: `/feeds/${j}.xml`,
      pagePath: `/jurisdictions/${j}/`,
      title: `AI CSAM Law: changes, ${JURISDICTION_LABELS[j]}`,
      entries,
      updated: siteDate,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
