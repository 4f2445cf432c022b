/**
 * The one content pipeline: reads the content folder with the project's reader, validates it with
 * the project's schemas and rules, and hands the same validated knowledge base to the build (through
 * the content loader), `check:content`, the CLI and the tests. Read and checked once per process.
 */
import { formatProblems, isError, type Problem } from '../lib/check/problems';
import type { CheckContext } from '../lib/check/rule';
import { validateContent } from '../lib/check/validate';
import type { KnowledgeBase } from '../lib/kb';
import { buildDate, contentDir } from './env';
import { readContent } from './read-content';

export interface LoadedContent {
  /** Every valid entry, with the file it came from and its body. */
  ctx: CheckContext;
  /** Every problem found, errors and warnings. */
  problems: Problem[];
  /** The valid entries as the pure functions take them (no file paths or bodies). */
  kb: KnowledgeBase;
}

/** Thrown when the content has errors; its message is the house-style report. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`content has errors; run npm run check:content\n${formatProblems(problems.filter(isError))}`);
    this.name = 'ContentError';
  }
}

const strip = <T extends { file: string; body?: string; bodyOffset?: number }>({
  file: _f,
  body: _b,
  bodyOffset: _o,
  ...rest
}: T) => rest;

// Cached on globalThis: Astro evaluates this module once for its config and again for its loaders.
const cache = ((globalThis as { __kbContent?: Map<string, LoadedContent> }).__kbContent ??= new Map());

/** Reads and validates the content under `root` as of `today`; cached per root, folder and date. */
export function loadContent(root: string, today = buildDate()): LoadedContent {
  const key = `${root}\0${contentDir()}\0${today}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const { ctx, problems } = validateContent(readContent(root), today);
    const kb: KnowledgeBase = {
      instruments: ctx.instruments.map(strip),
      topics: ctx.topics.map(strip),
      sources: ctx.sources.map(strip),
      corrections: ctx.corrections.map(strip),
      glossary: ctx.glossary.map(strip),
    };
    loaded = { ctx, problems, kb };
    cache.set(key, loaded);
  }
  return loaded;
}

/** The validated knowledge base; throws a ContentError listing every problem when there is an error. */
export function loadKbFromDisk(root: string): KnowledgeBase {
  const { kb, problems } = loadContent(root);
  if (problems.some(isError)) throw new ContentError(problems);
  return kb;
}

export interface Logger {
  log(msg: string): void;
  error(msg: string): void;
}

/** Prints every problem, one block per file, and a summary line. Returns true when there is no error. */
export function reportContent(root: string, logger: Logger): boolean {
  const { ctx, problems } = loadContent(root);
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  if (problems.length) logger.error(formatProblems(problems) + '\n');
  const counts = `${ctx.instruments.length} instruments, ${ctx.topics.length} topics, ${ctx.sources.length} sources`;
  if (errors.length) {
    logger.error(
      `content check failed: ${errors.length} error(s)${warnings ? `, ${warnings} warning(s)` : ''} (${counts} valid)`,
    );
    return false;
  }
  logger.log(`content check passed: ${counts}${warnings ? `; ${warnings} warning(s)` : ''}`);
  return true;
}
