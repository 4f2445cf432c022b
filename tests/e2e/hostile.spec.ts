/**
 * What only a browser can show of hostile content: search results and the instrument comparison are
 * built in the page from data, and must show markup as text, run nothing and add only our own
 * highlighting. The static side (pages, exports, CLI) is in tests/site/hostile.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config';

const base = `http://127.0.0.1:${FIXTURE_PORT}`;

function noDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

test('search results show the markup as text, with only our highlighting', async ({ page }) => {
  const dialogs = noDialogs(page);
  await page.goto(`${base}/search/?q=hostilefixture`);
  const results = page.locator('#results');
  await expect(results.locator('li').first()).toBeVisible();
  await expect(results).toContainText('<img src=x onerror=alert("prov")>');
  await expect(results.locator('script, img, iframe, svg, b, i, u, marquee')).toHaveCount(0);
  expect(await results.locator('mark').count()).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
});

test('the compare view shows the markup as text', async ({ page }) => {
  const dialogs = noDialogs(page);
  await page.goto(`${base}/compare/?instruments=uk/hostile-fixture-act,uk/protection-of-children-act-1978`);
  await expect(page.locator('#by-instrument thead')).toContainText('Hostile <i>Act</i>');
  await expect(page.locator('#by-instrument i, #by-instrument img, #by-instrument script')).toHaveCount(0);
  // Jurisdiction cells built in the page from the rows' data: the provision and source as text.
  await page.goto(`${base}/compare/?rows=uk,eu`);
  const table = page.locator('#by-jurisdiction');
  await expect(table.locator('thead th')).toHaveText(['Topic', 'United Kingdom', 'European Union']);
  await expect(table).toContainText('Hostile <i>Act</i>, Section 1 <b>x</b>');
  await expect(table).toContainText('<script>alert("source")</script> Hostile source');
  await expect(table.locator('i, b, img, script, iframe, svg, marquee')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
