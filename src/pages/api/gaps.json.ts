import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { gapsJson } from '../../lib/exports';

export const GET: APIRoute = async () => Response.json(gapsJson(await loadKb(), siteDate, siteDate));
