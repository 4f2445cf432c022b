/**
 * npm run check:content: validates every content file (schemas and cross-references) without a
 * build. Prints one block per file with every problem, then exits 1 on any error.
 */
import { runContentCheck } from '../src/lib/check/run';

const ok = runContentCheck(process.cwd(), { log: console.log, error: console.error });
process.exit(ok ? 0 : 1);
