/**
 * Validates raw content: schemas first (every issue in every file), then the cross-entry rules.
 * Returns the valid knowledge base alongside every problem found; callers decide what fails.
 */
import { correctionsFileSchema, glossaryFileSchema, instrumentSchema, sourceSchema, topicSchema } from '../../schemas';
import type { RawContent } from '../content-parse';
import type { CheckContext } from './rule';
import { RULES } from './rules';
import { TOPICS, isTopicId } from '../../vocab';
import type { Problem } from './problems';
import { zodIssuesToProblems } from './zod-problems';
import { withDerivedRows } from '../derived-rows';

export interface CheckResult {
  ctx: CheckContext;
  problems: Problem[];
}

export function validateContent(raw: RawContent, today: string): CheckResult {
  const problems: Problem[] = [...raw.problems];
  const parsedFiles = new Set(raw.problems.map((p) => p.file));
  const ctx: CheckContext = { instruments: [], topics: [], sources: [], corrections: [], glossary: [], today };
  /** Ids that exist but failed validation: references to them are not reported twice. */
  const invalidIds = new Set<string>();

  for (const e of raw.instruments) {
    if (parsedFiles.has(e.file)) {
      invalidIds.add(e.id);
      continue;
    }
    const r = instrumentSchema.safeParse(e.data);
    if (r.success) ctx.instruments.push({ ...r.data, id: e.id, file: e.file, body: e.body, bodyOffset: e.bodyOffset });
    else {
      invalidIds.add(e.id);
      problems.push(...zodIssuesToProblems(e.file, e.data, r.error.issues));
    }
  }
  for (const e of raw.topics) {
    if (parsedFiles.has(e.file)) continue;
    if (!isTopicId(e.id)) {
      problems.push({
        file: e.file,
        path: '(file name)',
        message: `got "${e.id}"; expected one of ${TOPICS.map((x) => `"${x}"`).join(' | ')}`,
        fix: 'rename the file to a topic id, or add the topic to src/vocab/topics.ts',
      });
      continue;
    }
    const r = topicSchema.safeParse(e.data);
    if (r.success) ctx.topics.push({ ...r.data, id: e.id, file: e.file, body: e.body, bodyOffset: e.bodyOffset });
    else problems.push(...zodIssuesToProblems(e.file, e.data, r.error.issues));
  }
  for (const e of raw.correctionFiles ?? []) {
    if (parsedFiles.has(e.file)) continue;
    const r = correctionsFileSchema.safeParse(e.data);
    if (r.success) ctx.corrections.push({ ...r.data, id: e.id, file: e.file });
    else problems.push(...zodIssuesToProblems(e.file, e.data, r.error.issues));
  }
  const g = raw.glossaryFile;
  if (g && !parsedFiles.has(g.file)) {
    const r = glossaryFileSchema.safeParse(g.data);
    if (r.success) ctx.glossary = r.data.map((t) => ({ ...t, file: g.file }));
    else problems.push(...zodIssuesToProblems(g.file, g.data, r.error.issues));
  }
  for (const e of raw.sourceFiles) {
    if (parsedFiles.has(e.file)) continue;
    if (!Array.isArray(e.data)) {
      problems.push({
        file: e.file,
        path: '(file)',
        message: 'expected a YAML list of sources ("- id: ...")',
        fix: 'start each source with "- id:"',
      });
      continue;
    }
    e.data.forEach((item: unknown, i: number) => {
      const r = sourceSchema.safeParse(item);
      if (r.success) ctx.sources.push({ ...r.data, file: e.file });
      else {
        const id = (item as { id?: unknown })?.id;
        if (typeof id === 'string') ctx.sources.push({ id, file: e.file } as CheckContext['sources'][number]);
        problems.push(
          ...zodIssuesToProblems(e.file, item, r.error.issues).map((p) => ({
            ...p,
            path: `[${i}]${typeof id === 'string' ? ` "${id}"` : ''}.${p.path}`,
          })),
        );
      }
    });
  }

  for (const rule of RULES) {
    rule.check(ctx, (p) => {
      // A reference to an entry that failed its schema is already reported at that entry.
      if ([...invalidIds].some((id) => p.message.includes(`unknown instrument "${id}"`))) return;
      problems.push({ severity: 'error', ...p });
    });
  }
  // Rows derived from their parts (the uk) take their history from them, checked above by derived-rows.
  ctx.topics = ctx.topics.map(withDerivedRows);
  // Sources that failed their schema were kept only to resolve references.
  ctx.sources = ctx.sources.filter((s) => s.url !== undefined);
  return { ctx, problems };
}
