import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../data/kb';
import { gapsJson, instrumentsJson, matrixJson, SCHEMA_VERSION, topicsJson } from '../../lib/exports';
import { jsonSchemas } from '../../lib/json-schema';

/** Every piece of open data in one download, with its schema. */
export const GET: APIRoute = async ({ site }) => {
  const kb = await loadKb();
  const origin = site?.origin ?? '';
  return Response.json({
    schemaVersion: SCHEMA_VERSION,
    generated: siteDate,
    licence: 'CC-BY-4.0',
    schema: jsonSchemas(origin),
    instruments: instrumentsJson(kb, siteDate, origin).instruments,
    topics: topicsJson(kb, siteDate, siteDate, origin).topics,
    matrix: matrixJson(kb, siteDate, siteDate, origin).cells,
    gaps: gapsJson(kb, siteDate, siteDate).gaps,
    sources: kb.sources,
    corrections: kb.corrections ?? [],
    glossary: kb.glossary ?? [],
  });
};
