import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { correctionsFileSchema, instrumentSchema, sourceSchema, topicSchema } from './schemas';

const instruments = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/instruments' }),
  schema: instrumentSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/topics' }),
  schema: topicSchema,
});

/** Sources are YAML lists in content/sources/*.yaml, one collection entry per source. */
const sources = defineCollection({
  loader: () =>
    readdirSync('./content/sources')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => parse(readFileSync(`./content/sources/${f}`, 'utf8')) as { id: string }[]),
  schema: sourceSchema,
});

/** Corrections to published reports: content/corrections/<report>.yaml, one entry per file. */
const corrections = defineCollection({
  loader: () =>
    (existsSync('./content/corrections') ? readdirSync('./content/corrections') : [])
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`./content/corrections/${f}`, 'utf8')) as object) })),
  // The inline loader keeps the file name as the entry id.
  schema: correctionsFileSchema.extend({ id: z.string() }),
});

export const collections = { instruments, topics, sources, corrections };
