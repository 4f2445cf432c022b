import type { APIRoute, GetStaticPaths } from 'astro';
import { atomResponse, loadKb, siteDate } from '../../data/kb';
import { feedDocument } from '../../lib/feeds';
import { ROOT_JURISDICTIONS, type RootJurisdictionId } from '../../vocab';

export const getStaticPaths = (() =>
  ROOT_JURISDICTIONS.map((jurisdiction) => ({
    params: { jurisdiction },
    props: { jurisdiction },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ jurisdiction: RootJurisdictionId }> = async ({ props, site }) =>
  atomResponse(feedDocument(await loadKb(), siteDate, site, { kind: 'jurisdiction', id: props.jurisdiction }));
