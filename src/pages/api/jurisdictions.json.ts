import type { APIRoute } from 'astro';
import { siteDate } from '../../data/kb';
import { jurisdictionsJson } from '../../lib/exports';

export const GET: APIRoute = () => Response.json(jurisdictionsJson(siteDate));
