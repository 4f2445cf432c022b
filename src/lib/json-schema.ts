/** JSON Schema for the open data, generated from the zod export schemas (never hand-written). */
import { z } from 'astro/zod';
import {
  gapsFileSchema,
  instrumentsFileSchema,
  jurisdictionsFileSchema,
  matrixFileSchema,
  topicsFileSchema,
} from '../schemas/export';

export function jsonSchemas(origin = '') {
  const gen = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${origin}/api/schema.json`,
    title: 'AI CSAM Law knowledge base: open data',
    description:
      'JSON Schema of the open data, generated from the zod schemas: /api/instruments.json ' +
      '(#/$defs/instrumentsFile), /api/topics.json (#/$defs/topicsFile), /api/matrix.json and the per-date ' +
      'matrices (#/$defs/matrixFile), /api/gaps.json (#/$defs/gapsFile), /api/jurisdictions.json ' +
      '(#/$defs/jurisdictionsFile).',
    $defs: {
      instrumentsFile: gen(instrumentsFileSchema),
      topicsFile: gen(topicsFileSchema),
      matrixFile: gen(matrixFileSchema),
      gapsFile: gen(gapsFileSchema),
      jurisdictionsFile: gen(jurisdictionsFileSchema),
    },
  };
}
