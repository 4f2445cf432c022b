import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './lib/content-dir';
import { glossaryTermSchema, correctionsFileSchema, instrumentSchema, sourceSchema, topicSchema } from './schemas';

const instruments = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${contentDir()}/instruments` }),
  schema: instrumentSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${contentDir()}/topics` }),
  schema: topicSchema,
});

/** Sources are YAML lists in content/sources/*.yaml, one collection entry per source. */
const sources = defineCollection({
  loader: () =>
    readdirSync(`./${contentDir()}/sources`)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => parse(readFileSync(`./${contentDir()}/sources/${f}`, 'utf8')) as { id: string }[]),
  schema: sourceSchema,
});

/** Corrections to published reports: content/corrections/<report>.yaml, one entry per file. */
const corrections = defineCollection({
  loader: () =>
    (existsSync(`./${contentDir()}/corrections`) ? readdirSync(`./${contentDir()}/corrections`) : [])
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`./${contentDir()}/corrections/${f}`, 'utf8')) as object) })),
  // The inline loader keeps the file name as the entry id.
  schema: correctionsFileSchema.extend({ id: z.string() }),
});

/** Glossary terms: content/glossary.yaml, one entry per term. */
const glossary = defineCollection({
  loader: () => (existsSync(`./${contentDir()}/glossary.yaml`) ? (parse(readFileSync(`./${contentDir()}/glossary.yaml`, 'utf8')) as { id: string }[]) : []),
  schema: glossaryTermSchema,
});

export const collections = { instruments, topics, sources, corrections, glossary };
