/** The site's CITATION.cff: the repository's own, with the public address added where the build has one. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationCff } from '../lib/site-files';

export const GET: APIRoute = ({ site }) =>
  new Response(citationCff(readFileSync(join(process.cwd(), 'CITATION.cff'), 'utf8'), site), {
    headers: { 'Content-Type': 'application/x-yaml; charset=utf-8' },
  });
