/** Reads, validates and reports the content folder; shared by check:content and the build. */
import { readContent } from '../content-files';
import { today } from '../kb';
import { formatProblems, isError } from './problems';
import { validateContent } from './validate';

export interface Logger {
  log(msg: string): void;
  error(msg: string): void;
}

/** Returns true when there is no error (warnings are printed but pass). */
export function runContentCheck(root: string, logger: Logger): boolean {
  const raw = readContent(root);
  const { ctx, problems } = validateContent(raw, today());
  const errors = problems.filter(isError);
  const warnings = problems.length - errors.length;
  if (problems.length) logger.error(formatProblems(problems) + '\n');
  const counts = `${ctx.instruments.length} instruments, ${ctx.topics.length} topics, ${ctx.sources.length} sources`;
  if (errors.length) {
    logger.error(`content check failed: ${errors.length} error(s)${warnings ? `, ${warnings} warning(s)` : ''} (${counts} valid)`);
    return false;
  }
  logger.log(`content check passed: ${counts}${warnings ? `; ${warnings} warning(s)` : ''}`);
  return true;
}
