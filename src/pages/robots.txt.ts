/** robots.txt: everything may be crawled; the sitemap is named only where the build has a public address. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-files';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
