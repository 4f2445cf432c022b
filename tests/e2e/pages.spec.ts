import { expect, test } from '@playwright/test';
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

test('pages other than search and compare ship no JavaScript', async ({ page }) => {
  for (const path of pages.filter((p) => !p.startsWith('/search/') && !p.startsWith('/compare/'))) {
    await page.goto(path);
    expect(await page.locator('script').count(), path).toBe(0);
  }
});
