/**
 * Accessibility in a real browser: every WCAG 2.x A/AA rule axe has (experimental ones included) on
 * one page per route template, the largest page, the pages in their interactive states and the
 * hostile fixture's pages; each loads with no console error or failed request. Static markup rules
 * that hold for every page (one h1, ids, links) are checked without a browser in tests/site.
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../../playwright.config';
import { axeViolations } from './axe';
import { samplePages, watchErrors } from './helpers';

// Templates whose page is checked below in a fuller state (with results, with a selection, in forced colours).
const CHECKED_BELOW = new Set(['search.astro', 'compare.astro', 'matrix.astro', 'topics/[id]/[group]/[order].astro']);
// Templates that render the same components as another template checked here, with nothing of their own
// but a heading and a line of text: checking both would read the same markup twice.
const SAME_MARKUP: Record<string, string> = {
  'gaps/by-jurisdiction.astro': 'gaps/index.astro (GapGroups, GapItem)',
  'gaps/topics/[topic].astro': 'gaps/index.astro (GapGroups, GapItem)',
  'timeline/[jurisdiction].astro': 'timeline/index.astro (TimelineView)',
  'timeline/topics/[topic].astro': 'timeline/index.astro (TimelineView)',
  'as-of/[date]/topics/[id].astro': 'topics/[id].astro (TopicTable, PartsTable, TileMap)',
  'as-of/changes/[year].astro': 'as-of/changes/index.astro (ChangesList)',
};

for (const { template, path } of samplePages().filter(
  (p) => !CHECKED_BELOW.has(p.template) && !SAME_MARKUP[p.template],
)) {
  test(`${template}: ${path} loads cleanly and passes axe`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

const fixture = `http://127.0.0.1:${FIXTURE_PORT}`;
const INTERACTIVE = [
  { name: 'search with results', url: '/search/?q=pseudo-photograph', ready: '#results li' },
  { name: 'compare two jurisdictions', url: '/compare/?rows=uk,eu', ready: '#by-jurisdiction table' },
  {
    name: 'compare two instruments',
    url: '/compare/?instruments=uk/protection-of-children-act-1978,eu/ai-act',
    ready: '#by-instrument table tbody tr',
  },
  { name: 'a state page', url: '/jurisdictions/us-va/', ready: 'table.states-table' },
  { name: 'hostile instrument page', url: `${fixture}/instruments/uk/hostile-fixture-act/`, ready: 'h1' },
  { name: 'hostile search results', url: `${fixture}/search/?q=hostilefixture`, ready: '#results li' },
];
for (const { name, url, ready } of INTERACTIVE) {
  test(`${name} passes axe`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.locator(ready).first()).toBeVisible();
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the matrix loads cleanly and holds up in forced-colours mode', async ({ page }) => {
  const errors = watchErrors(page);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/matrix/', { waitUntil: 'networkidle' });
  expect(errors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  // Each grade carries a symbol and words, so it does not rely on colour.
  const cell = page.locator('table.matrix tbody td').first();
  await expect(cell.locator('.sym')).toHaveCount(1);
  expect((await cell.innerText()).trim().length).toBeGreaterThan(3);
});

test('a matrix link is named by the grade it shows, then its context', async ({ page }) => {
  await page.goto('/matrix/');
  const link = page.locator('table.matrix tbody td a').first();
  const visible = (await link.locator('.grade').innerText()).replace(/^\W+/, '').trim();
  await expect(link).toHaveAccessibleName(new RegExp(`^\\W*${visible}\\s*: .+, see the evidence$`));
});

test('a keyboard user can reach a matrix cell and follow it to its evidence', async ({ page }) => {
  await page.goto('/matrix/');
  const first = page.locator('table.matrix tbody td a').first();
  const href = await first.getAttribute('href');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  await expect(page.locator(':target')).toHaveCount(1);
});

test('a tile map and the grade filter of its table work without a script, in forced colours too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/topics/ai-csam-offences/member-states/by-grade/');
  // Each tile keeps its symbol and a visible border when the system replaces the colours.
  const tile = page.locator('ul.tile-map a').first();
  await expect(tile.locator('.tile-sym')).toBeVisible();
  expect(await tile.evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('solid');
  // Choosing a grade leaves only its rows, by CSS alone (content pages load no script).
  const rows = page.locator('table.states-table tbody tr');
  const radio = page.locator('.grade-filter input').nth(1);
  const grade = await radio.getAttribute('value');
  await radio.check();
  await expect(rows.filter({ visible: true })).toHaveCount(
    await page.locator(`tbody tr[data-grade="${grade}"]`).count(),
  );
  await expect(rows.filter({ visible: true }).first()).toHaveAttribute('data-grade', grade!);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.grade-filter input[value="all"]').check();
  await expect(rows.filter({ visible: true })).toHaveCount(27);
  expect(errors).toEqual([]);
});

test('the axe check reports a violation when there is one', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
  expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: img/m);
});
