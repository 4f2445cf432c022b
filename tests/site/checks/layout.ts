import type { HTMLElement } from 'node-html-parser';
import { where, type SiteCheck } from '../check';

/** The accessible name a region's markup gives it: its aria-label, or the text of what aria-labelledby names. */
function regionName(region: HTMLElement, doc: HTMLElement): string {
  const label = region.getAttribute('aria-label')?.trim();
  if (label) return label;
  const ids = region.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => doc.querySelector(`[id="${id}"]`)?.text.trim() ?? '')
    .join(' ')
    .trim();
}

/**
 * Every table scrolls sideways inside its own region, never the page: its parent is a `.table-wrap` that is a
 * labelled region (role="region" with a name) reachable by keyboard (tabindex="0"), so a phone user sees a
 * bounded table and a keyboard user can scroll it (WCAG 1.4.10 Reflow, 2.1.1 Keyboard). The timeline chart
 * scrolls the same way. Region names are unique on a page, so each landmark can be told apart.
 */
export const scrollRegions: SiteCheck = {
  name: 'scroll-regions',
  description:
    'Every table (and the timeline chart) sits directly in a labelled, focusable scroll region ' +
    '(.table-wrap or .chart-scroll with role="region", a name and tabindex="0"); region names are unique on a page.',
  check(site, report) {
    const fix =
      'wrap the table in <div class="table-wrap" role="region" aria-label={caption} tabindex="0"> ' +
      '(see src/components/MatrixTable.astro)';
    for (const page of site.pages) {
      const doc = site.doc(page);
      const names = new Map<string, number>();
      const regions = [
        ...doc.querySelectorAll('main table').map((t) => ({
          what: `the table "${t.querySelector('caption')?.text.trim() || where(t.outerHTML)}"`,
          region: t.parentNode,
        })),
        ...doc.querySelectorAll('main figure.timeline-chart svg').map((s) => ({
          what: 'the timeline chart',
          region: s.parentNode,
        })),
      ];
      for (const { what, region } of regions) {
        const cls = region?.classList;
        if (!region || !(cls?.contains('table-wrap') || cls?.contains('chart-scroll'))) {
          report({
            file: page.file,
            path: what,
            message: 'not directly inside a .table-wrap scroll region, so a wide table can widen the page',
            fix,
          });
          continue;
        }
        const name = regionName(region, doc);
        const missing = [
          region.getAttribute('role') !== 'region' && 'role="region"',
          !name && 'a name (aria-label or aria-labelledby)',
          region.getAttribute('tabindex') !== '0' && 'tabindex="0"',
        ].filter(Boolean);
        if (missing.length)
          report({
            file: page.file,
            path: where(region.outerHTML),
            message: `the scroll region around ${what} lacks ${missing.join(', ')}`,
            fix,
          });
        if (name) names.set(name, (names.get(name) ?? 0) + 1);
      }
      for (const [name, n] of names)
        if (n > 1)
          report({
            file: page.file,
            path: `[role="region"][aria-label="${name}"]`,
            message: `${n} scroll regions are named "${name}"`,
            fix: 'name each region after its own table (its caption), so the landmarks can be told apart',
          });
    }
  },
};
