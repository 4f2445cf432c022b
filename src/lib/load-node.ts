/** Loads and validates the knowledge base from disk (Node scripts: CLI search, matrix, benchmarks). */
import { readContent } from './content-files';
import { validateContent } from './check/validate';
import { formatProblems, isError } from './check/problems';
import { today } from './kb';
import type { KnowledgeBase } from './kb';

export function loadKbFromDisk(root: string): KnowledgeBase {
  const { ctx, problems } = validateContent(readContent(root), today());
  const errors = problems.filter(isError);
  if (errors.length) {
    throw new Error(`content has errors; run npm run check:content\n${formatProblems(errors)}`);
  }
  const strip = <T extends { file: string; body?: string; bodyOffset?: number }>({ file: _file, body: _body, bodyOffset: _o, ...rest }: T) => rest;
  return { instruments: ctx.instruments.map(strip), topics: ctx.topics.map(strip), sources: ctx.sources.map(strip), corrections: ctx.corrections.map(strip), glossary: ctx.glossary.map(strip) };
}
