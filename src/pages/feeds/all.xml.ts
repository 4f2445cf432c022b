import type { APIRoute } from 'astro';
import { atomResponse, loadKb, siteDate } from '../../data/kb';
import { feedDocument } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  atomResponse(feedDocument(await loadKb(), siteDate, site, { kind: 'all' }));
