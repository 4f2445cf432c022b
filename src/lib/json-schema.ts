/** JSON Schema for the open data, generated from the zod export schemas (never hand-written). */
import { z } from 'astro/zod';
import { instrumentsFileSchema, topicsFileSchema } from '../schemas/export';

export function jsonSchemas(origin = '') {
  const gen = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${origin}/api/schema.json`,
    title: 'AI CSAM Law knowledge base: open data',
    description:
      'JSON Schema of /api/instruments.json (#/$defs/instrumentsFile) and /api/topics.json ' +
      '(#/$defs/topicsFile), generated from the zod schemas.',
    $defs: { instrumentsFile: gen(instrumentsFileSchema), topicsFile: gen(topicsFileSchema) },
  };
}
