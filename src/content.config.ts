/**
 * The content collections, all filled by one loader over the project's own reader and validator
 * (src/node/knowledge-base.ts): the data the build renders is the data `check:content` checked, and
 * it is read and checked once per build (the pages' knowledge base comes from the same cache). Bad content
 * stops the build here, before any page is
 * written, with the same file/field/fix blocks as `npm run check:content`.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { formatProblems, isError } from './lib/check/problems';
import { loadContent, type LoadedContent } from './node/knowledge-base';

type Entries = (loaded: LoadedContent) => { id: string; body?: string }[];

/** A loader for one collection of the validated knowledge base. */
function kbLoader(name: string, entries: Entries): Loader {
  return {
    name: `kb-${name}`,
    load: async ({ store, renderMarkdown, logger, config }) => {
      const loaded = loadContent(new URL('.', config.root).pathname);
      const errors = loaded.problems.filter(isError);
      if (errors.length) {
        console.error(
          `${formatProblems(loaded.problems)}\n\ncontent check failed: ${errors.length} error(s); nothing was built`,
        );
        // A clean message and exit code, never a stack trace, and never half a site.
        process.exit(1);
      }
      if (name === 'instruments' && loaded.problems.length) logger.warn(`\n${formatProblems(loaded.problems)}`);
      store.clear();
      for (const e of entries(loaded)) {
        // The entry carries only its body: its data is the validated knowledge base (src/data/kb.ts).
        // Bodies are plain Markdown (the content check refuses HTML, components and expressions).
        const rendered = e.body?.trim() ? await renderMarkdown(e.body) : undefined;
        store.set({ id: e.id, data: {}, ...(e.body ? { body: e.body } : {}), ...(rendered ? { rendered } : {}) });
      }
    },
  };
}

/**
 * Only instruments and topics have bodies to render, so only they are collections; pages take every
 * other part of the knowledge base from the same loaded content (src/data/kb.ts).
 */
export const collections = {
  instruments: defineCollection({ loader: kbLoader('instruments', ({ ctx }) => ctx.instruments) }),
  topics: defineCollection({ loader: kbLoader('topics', ({ ctx }) => ctx.topics) }),
};
