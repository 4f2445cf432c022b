import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test('type a query, see results with matched words, open one and land on the provision', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/');
  await page.locator('#q').fill('pseudo-photograph');
  const results = page.locator('#results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#status')).toContainText(/\d+ results?/);
  await expect(page).toHaveURL(/\?q=pseudo-photograph/);
  const provision = results.filter({ hasText: 'in PCA 1978' }).filter({ hasText: 'Provision' }).first();
  await expect(provision.locator('mark').first()).toBeVisible();
  await provision.locator('a').first().click();
  await expect(page).toHaveURL(/\/instruments\/uk\/protection-of-children-act-1978\/#s-/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('filters combine with the query and live in the URL', async ({ page }) => {
  await page.goto('/search/?q=offence&jurisdiction=eu');
  await expect(page.locator('#f-jurisdiction')).toHaveValue('eu');
  const metas = page.locator('#results li .meta:first-child');
  await expect(metas.first()).toBeVisible();
  // The EU takes in its member states, and nothing else.
  const hrefs = await page.locator('#results li strong a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) expect(h).toMatch(/^\/(instruments|jurisdictions)\/eu(-[a-z]{2})?\//);
  expect(hrefs.some((h) => /\/eu-[a-z]{2}\//.test(h!))).toBe(true);
  await page.locator('#f-type').selectOption('provision');
  await expect(page).toHaveURL(/type=provision/);
  for (const t of await metas.allInnerTexts()) expect(t).toMatch(/^Provision/);
});

test('keyboard: "/" focuses the box, arrows move through results, Enter opens', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.type('chat control');
  await expect(page.locator('#results li').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#results li').first().locator('a');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#results li').nth(1).locator('a')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('a typo is ranked through and offered corrected: "did you mean" is a link that searches', async ({ page }) => {
  await page.goto('/search/?q=nudificaton');
  await expect(page.locator('#results li').first()).toContainText('Nudification tools');
  const better = page.locator('#did-you-mean a');
  await expect(better).toHaveText('nudification');
  await better.click();
  await expect(page.locator('#q')).toHaveValue('nudification');
  await expect(page).toHaveURL(/\?q=nudification$/);
  await expect(page.locator('#did-you-mean a')).toHaveCount(0);
});

test('an empty result says so helpfully', async ({ page }) => {
  await page.goto('/search/?q=zzqxv');
  await expect(page.locator('#status')).toContainText('No results');
  await expect(page.locator('#status a')).toHaveAttribute('href', '/topics/');
});

test('the header search box submits to /search?q= without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/');
  await page.locator('#site-q').fill('TIDA');
  await page.locator('#site-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=TIDA/);
  await context.close();
});
