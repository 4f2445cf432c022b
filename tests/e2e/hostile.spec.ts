/**
 * Content is always text: a fixture instrument whose title, aliases, summaries and source contain
 * HTML and script renders inert on its page, in search, in compare, in the exports and on the CLI.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { parseCsv } from '../../src/lib/csv';
import { FIXTURE_PORT } from '../../playwright.config';

const base = `http://127.0.0.1:${FIXTURE_PORT}`;
const TITLE = 'Hostile Fixture Act <script>alert("title")</script><img src=x onerror=alert("img")>';
const INJECTED = 'main script, main img, main iframe, main svg, main marquee, main b, main i, main u';

function noDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  return dialogs;
}

test('the instrument page shows the markup as text and runs nothing', async ({ page }) => {
  const dialogs = noDialogs(page);
  await page.goto(`${base}/instruments/uk/hostile-fixture-act/`, { waitUntil: 'networkidle' });
  await expect(page.locator('h1')).toHaveText(TITLE);
  await expect(page.locator('main')).toContainText('"><svg onload=alert("alias")>');
  await expect(page.locator('main')).toContainText('<iframe src="javascript:alert(1)"></iframe>');
  await expect(page.locator(INJECTED)).toHaveCount(0);
  await expect(page.locator('#source-zz-hostile-source')).toContainText('<script>alert("source")</script>');
  expect(dialogs).toEqual([]);
});

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
  expect(dialogs).toEqual([]);
});

test('JSON and CSV exports carry the exact text, safely', async ({ request }) => {
  const { instruments } = await (await request.get(`${base}/api/instruments.json`)).json();
  const hostile = instruments.find((i: { id: string }) => i.id === 'uk/hostile-fixture-act');
  expect(hostile.title).toBe(TITLE);
  const rows = parseCsv(await (await request.get(`${base}/api/instruments.csv`)).text());
  const head = rows[0];
  const row = rows.find((r) => r[0] === 'uk/hostile-fixture-act')!;
  expect(row[head.indexOf('instrumentTitle')]).toBe(TITLE);
  // A formula in content is neutralised for spreadsheet programs.
  expect(row[head.indexOf('penalty')]).toBe('\'=HYPERLINK("https://example.com") <marquee>');
});

test('the command-line search prints the markup as data', () => {
  const env = { ...process.env, KB_CONTENT_DIR: '.fixture/content' };
  const json = JSON.parse(execFileSync('npx', ['tsx', 'scripts/search.ts', 'hostilefixture', '--json'], { env, encoding: 'utf8' }));
  expect(json[0].instrument).toBe(TITLE);
  const text = execFileSync('npx', ['tsx', 'scripts/search.ts', 'hostilefixture'], { env, encoding: 'utf8' });
  expect(text).toContain('<script>alert("title")</script>');
  expect(text).not.toMatch(/\u001b/);
});
