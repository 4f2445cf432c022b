import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, watchErrors } from './helpers';

const pages = allPages();

test('the built site has the pages users expect', () => {
  for (const p of ['/', '/search/', '/matrix/', '/gaps/', '/compare/', '/topics/', '/instruments/', '/data/', '/corrections/', '/about/']) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  test(`loads without errors: ${path}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

/** Pages allowed a script: search, compare, and the date control on the matrix, topic and as-of pages. */
const SCRIPTED = [/^\/search\/$/, /^\/compare\/$/, /^\/matrix\/$/, /^\/topics\/[a-z-]+\/$/, /^\/as-of\//];

test('pages other than search, compare and the date-controlled views ship no JavaScript', () => {
  for (const path of pages.filter((p) => !SCRIPTED.some((re) => re.test(p)))) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    expect(html.includes('<script'), path).toBe(false);
  }
});
