import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { allPages, fileFor, watchErrors } from './helpers';

const pages = allPages();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the built site has the pages users expect', () => {
  for (const p of ['/', '/search/', '/matrix/', '/gaps/', '/compare/', '/topics/', '/instruments/', '/data/', '/corrections/', '/about/', '/as-of/', '/as-of/changes/']) {
    expect(pages).toContain(p);
  }
});

// One visit per page: it loads with no console error and no failed request, and axe finds no
// WCAG 2.2 A/AA violation. Every built page, not a sample.
for (const path of pages) {
  test(`loads cleanly and passes axe: ${path}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

/**
 * Pages allowed a script: search and compare; the date control on the matrix, topic and as-of pages;
 * copy buttons on the cite pages and the gap lists. Every other page ships no JavaScript.
 */
const SCRIPTED = [/^\/search\/$/, /^\/compare\/$/, /^\/matrix\/$/, /^\/topics\/[a-z-]+\/$/, /^\/as-of\//, /^\/cite\//, /^\/gaps\//];

test('pages other than those ship no JavaScript (JSON-LD data blocks are not scripts)', () => {
  for (const path of pages.filter((p) => !SCRIPTED.some((re) => re.test(p)))) {
    const html = readFileSync(fileFor(path), 'utf8');
    expect(/<script(?![^>]*type="application\/ld\+json")/.test(html), path).toBe(false);
  }
});
