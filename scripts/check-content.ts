/**
 * npm run check:content: validates every content file (schemas and cross-references) without a
 * build. Prints one block per file with every problem, then exits 1 on any error.
 */
import { reportContent } from '../src/node/knowledge-base';

process.exit(reportContent(process.cwd(), { log: console.log, error: console.error }) ? 0 : 1);
