/**
 * npm run check:site [-- <dist>]: the static checks over every built page (links and anchors, CSP,
 * inline code, one h1, unique ids, JSON-LD, scripts only where allowed, matrix grades = open data),
 * one block per file with every problem; exit 1 on any.
 */
import { formatProblems } from '../src/lib/check/problems';
import { checkSite } from '../tests/site/run';
import { loadSite } from '../tests/site/site';

const dist = process.argv[2] ?? 'dist';
const site = loadSite(dist);
const problems = checkSite(site);
if (problems.length) {
  console.error(
    `${formatProblems(problems)}\n\nsite check failed: ${problems.length} problem(s) in ${site.pages.length} pages`,
  );
  process.exit(1);
}
console.log(`site check passed: ${site.pages.length} pages`);
