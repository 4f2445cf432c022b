import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteCheck } from '../check';

/**
 * The matrix page shows the grade the open data gives for every cell, in the main matrix and in the
 * matrices of legal systems, states and member states: the page and the data cannot disagree.
 */
export const matrixGrades: SiteCheck = {
  name: 'matrix-grades',
  description: 'Each matrix cell on /matrix/ (parts included) shows the grade of /api/matrix.json for it.',
  check(site, report) {
    const page = site.pages.find((p) => p.path === '/matrix/');
    const json = join(site.dist, 'api', 'matrix.json');
    if (!page || !site.files.has('/api/matrix.json')) return;
    const data = JSON.parse(readFileSync(json, 'utf8')) as { cells: { topic: string; row: string; grade: string }[] };
    const grades = new Map(data.cells.map((c) => [`${c.topic}#${c.row}`, c.grade]));
    for (const td of site.doc(page).querySelectorAll('table.matrix tbody td')) {
      // A part not assessed on a topic has no cell (and no data-grade) to check.
      if (!td.getAttribute('data-grade') && td.text.trim() === 'Not assessed') continue;
      const href = td.querySelector('a')?.getAttribute('href') ?? '';
      // The main matrix links a row (#uk); the matrices of parts link a part's row in its table (#row-us-va).
      const m = /^\/topics\/([a-z-]+)\/#(?:row-)?([a-z-]+)$/.exec(href);
      if (!m) {
        report({
          file: page.file,
          path: 'table.matrix td',
          message: `a cell without a link to its evidence (href "${href}")`,
          fix: 'link every cell to its topic row (src/components/MatrixTable.astro)',
        });
        continue;
      }
      const want = grades.get(`${m[1]}#${m[2]}`);
      const got = td.getAttribute('data-grade');
      if (got !== want)
        report({
          file: page.file,
          path: `table.matrix td (${m[1]}, ${m[2]})`,
          message: `shows grade "${got}"; /api/matrix.json has "${want}"`,
          fix: 'render the grade computed by src/lib/matrix.ts',
        });
    }
  },
};
