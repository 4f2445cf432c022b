import { PART_GROUPS } from '../../../src/lib/states';
import { COVERAGE_GRADES, COVERAGE_LABELS, COVERAGE_SYMBOLS, JURISDICTION_LABELS } from '../../../src/vocab';
import type { SiteCheck } from '../check';

const GRADES = new Set<string>(COVERAGE_GRADES);
const label = (g: string) => COVERAGE_LABELS[g as keyof typeof COVERAGE_LABELS];

/**
 * Every tile map shows every part of its group once, each tile graded by symbol and words as well as
 * colour, and its text alternative lists the same parts with the same grades; on a page that also has
 * the table, each tile agrees with its row.
 */
export const tileMaps: SiteCheck = {
  name: 'tile-maps',
  description: 'Each tile map has every state or member state once, and its text lists each with the same grade.',
  check(site, report) {
    for (const page of site.pages) {
      if (!page.html.includes('tile-figure')) continue;
      const doc = site.doc(page);
      for (const fig of doc.querySelectorAll('figure.tile-figure')) {
        const ul = fig.querySelector('ul.tile-map');
        const where = `figure#${fig.querySelector('figcaption')?.id ?? '?'}`;
        const problem = (message: string, fix: string) => report({ file: page.file, path: where, message, fix });
        const group = PART_GROUPS.find((g) => g.id === ul?.getAttribute('data-map'));
        if (!ul || !group) {
          problem(`a map of unknown group "${ul?.getAttribute('data-map')}"`, 'render maps with TileMap.astro');
          continue;
        }
        // What the text alternative says: name -> grade.
        const listed = new Map<string, string>();
        for (const div of fig.querySelectorAll('dl.tile-key > div')) {
          const grade = div.getAttribute('data-grade') ?? '';
          for (const name of (div.querySelector('dd')?.text ?? '').split(', ').filter(Boolean)) {
            if (listed.has(name)) problem(`"${name}" is listed twice in the text`, 'list each part under one grade');
            listed.set(name, grade);
          }
        }
        const seen = new Set<string>();
        for (const li of ul.querySelectorAll('li')) {
          const row = li.getAttribute('data-row') ?? '';
          const grade = li.getAttribute('data-grade') ?? '';
          const name = JURISDICTION_LABELS[row as keyof typeof JURISDICTION_LABELS];
          const a = li.querySelector('a');
          if (seen.has(row)) problem(`tile "${row}" appears twice`, 'place each part once (src/vocab/parts.ts)');
          seen.add(row);
          if (!name || !GRADES.has(grade) || !a?.getAttribute('href')) {
            problem(`tile "${row}" has grade "${grade}" and no valid link`, 'render tiles from src/lib/tile-map.ts');
            continue;
          }
          const sym = a.querySelector('.tile-sym')?.text.trim();
          const words = a.getAttribute('aria-label') ?? '';
          const code = a.childNodes[0]?.text.trim() ?? '';
          if (
            sym !== COVERAGE_SYMBOLS[grade as keyof typeof COVERAGE_SYMBOLS] ||
            code !== row.slice(3).toUpperCase() ||
            words !== `${code} ${name}: ${label(grade)}`
          )
            problem(
              `tile "${row}" shows "${code}", symbol "${sym}" and is named "${words}" for grade "${grade}"`,
              'show the code and the grade symbol, and name the tile by code, part and grade (TileMap.astro)',
            );
          if (listed.get(name) !== grade)
            problem(
              `the text lists ${name} as "${listed.get(name) ?? 'missing'}"; the tile is "${grade}"`,
              'list every part under its grade (tileMap in src/lib/tile-map.ts)',
            );
          const tr = doc.querySelector(`tr#row-${row}`);
          if (tr && tr.getAttribute('data-grade') !== grade)
            problem(
              `tile "${row}" is "${grade}"; its table row is "${tr.getAttribute('data-grade')}"`,
              'build the map and the table for the same date',
            );
        }
        const missing = group.rows.filter((r) => !seen.has(r));
        if (missing.length || listed.size !== group.rows.length)
          problem(
            `the map has ${seen.size} of ${group.rows.length} tiles (missing: ${missing.join(', ') || 'none'}) ` +
              `and its text lists ${listed.size}`,
            'every part of the group has a tile and a line in the text (src/vocab/parts.ts)',
          );
      }
    }
  },
};
