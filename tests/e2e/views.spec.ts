import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a topic page has a real table: caption, scoped headers, one row per jurisdiction, links to provisions', async ({
  page,
}) => {
  await page.goto('/topics/csa-image-generators/');
  const table = page.locator('table.topic-table');
  await expect(table.locator('caption')).toContainText('coverage by jurisdiction');
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(6);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(4);
  const link = table.locator('tbody a[href*="/instruments/"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('compare: choose two jurisdictions, the choice is in the URL and can be shared', async ({ page }) => {
  await page.goto('/compare/');
  await page.locator('input[name="rows"][value="uk"]').check();
  await page.locator('input[name="rows"][value="eu"]').check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\?rows=uk%2Ceu|\?rows=uk,eu/);
  const head = page.locator('#by-jurisdiction thead th:visible');
  await expect(head).toHaveText(['Topic', 'United Kingdom', 'European Union']);
  await page.goto('/compare/?rows=us-federal,eu');
  await expect(page.locator('#by-jurisdiction thead th:visible')).toHaveText([
    'Topic',
    'United States (federal)',
    'European Union',
  ]);
});

test('compare: instruments side by side', async ({ page, request }) => {
  const { instruments } = await (await request.get('/api/instruments.json')).json();
  const ids = instruments.slice(0, 2).map((i: { id: string }) => i.id);
  await page.goto(`/compare/?instruments=${ids.join(',')}`);
  await expect(page.locator('#by-instrument')).toBeVisible();
  await expect(page.locator('#by-instrument thead th:visible')).toHaveCount(3);
});

test('compare: states beside the UK, each cell with its provisions and sources, and the CSV of what is shown', async ({
  page,
}) => {
  await page.goto('/compare/?rows=us-va,us-tx,uk');
  await expect(page.locator('input[name="rows"][value="us-va"]')).toBeChecked();
  await expect(page.locator('#jurisdiction-table thead th')).toHaveText([
    'Topic',
    'Virginia',
    'Texas',
    'United Kingdom',
  ]);
  const va = page.locator('#jurisdiction-table tbody td[data-col="us-va"]');
  await expect(va.locator('.compare-provisions a[href^="/instruments/us-va/"]').first()).toBeVisible();
  const ref = va.locator('a[href^="#source-"]').first();
  await expect(page.locator(`#compare-sources li[id="${(await ref.getAttribute('href'))!.slice(1)}"]`)).toHaveCount(1);
  const link = page.locator('#compare-csv');
  await expect(link).toHaveAttribute('download', /^compare-us-va-us-tx-uk-\d{4}-\d\d-\d\d\.csv$/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFas_of,topic,topic_label,jurisdiction,jurisdiction_name,grade,grade_label,since,' +
      'next_change,parts,summary,penalty,gaps,unverified,last_checked,provisions,sources,page',
  );
  expect(lines.filter((l) => l.includes(',us-va,Virginia,')).length).toBeGreaterThan(5);
  expect(lines.some((l) => l.includes(',us-tx,Texas,'))).toBe(true);
});

test('compare without JavaScript shows the full comparison', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/?rows=uk');
  await expect(page.locator('#by-jurisdiction thead th')).toHaveCount(5);
  await expect(page.locator('#compare-csv')).toHaveAttribute('href', '/api/compare/main-rows.csv');
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('an instrument page and a topic table print legibly', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/topics/ai-csam-offences/');
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('table.topic-table')).toBeVisible();
  const overflow = await page
    .locator('table.topic-table')
    .evaluate((t) => t.scrollWidth - (t.parentElement as HTMLElement).clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.goto('/instruments/uk/protection-of-children-act-1978/');
  const after = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the law on a date: key-date pages, the date control, and what changed', async ({ page }) => {
  await page.goto('/as-of/2024-12-31/');
  await expect(page.locator('h1')).toHaveText('The law on 2024-12-31');
  // The UK's grade comes from its legal systems: none of them reached image generators before 2026.
  const uk = page
    .locator('table.matrix:not(.parts) tbody tr', { hasText: 'CSA image generators' })
    .locator('td')
    .first();
  await expect(uk).toHaveAttribute('data-grade', /^(none|unknown)$/);
  // An arbitrary date goes to the view that holds on it.
  await page.locator('#as-of-date').fill('2026-05-10');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/as-of\/2026-\d\d-\d\d\/(\?date=2026-05-10)?$/);
  const shown = page.url().match(/as-of\/(\d{4}-\d\d-\d\d)/)![1];
  expect(shown <= '2026-05-10').toBe(true);
  await expect(
    page.locator('table.matrix:not(.parts) tbody tr', { hasText: 'CSA image generators' }).locator('td').first(),
  ).not.toHaveAttribute('data-grade', /^(none|unknown)$/);
  await page.goto('/as-of/changes/?from=2026-01-01&to=2026-06-30');
  await expect(page.locator('.change-day:visible').first()).toBeVisible();
  for (const d of await page
    .locator('.change-day:visible')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date!))) {
    expect(d > '2026-01-01' && d <= '2026-06-30').toBe(true);
  }
});

test('the date control works without JavaScript through key-date links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/matrix/');
  await page.locator('.date-control summary').click();
  await page.locator('.key-dates a', { hasText: '2024-12-31' }).click();
  await expect(page).toHaveURL(/\/as-of\/2024-12-31\/$/);
  await expect(page.locator('table.matrix').first()).toBeVisible();
  await context.close();
});

test('cite: a provision shows its OSCOLA citation and the copy button copies it', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/cite/uk/protection-of-children-act-1978/');
  const block = page.locator('section', { hasText: 'Section 1(1)' }).first();
  await expect(block.locator('pre').first()).toHaveText('Protection of Children Act 1978, s 1(1)');
  await block.getByRole('button', { name: 'Copy' }).first().click();
  await expect(block.getByRole('status').first()).toHaveText(/Copied|Selected/);
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  if (copied) expect(copied).toBe('Protection of Children Act 1978, s 1(1)');
  await context.close();
});

test('instrument pages offer citations without JavaScript and link the glossary', async ({ page }) => {
  await page.goto('/instruments/uk/protection-of-children-act-1978/');
  await page.locator('details.cite summary').first().click();
  await expect(page.locator('details.cite pre').first()).toHaveText('Protection of Children Act 1978');
  await page.locator('a[href="/glossary/#pseudo-photograph"]').first().click();
  await expect(page.locator('#pseudo-photograph')).toBeInViewport();
});

test('timeline: one axis, a text equivalent, filters by jurisdiction and topic', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('figure.timeline-chart svg[role="img"] title').first()).toContainText('events');
  const all = await page.locator('ol.timeline li').count();
  await page.getByRole('link', { name: 'European Union', exact: true }).first().click();
  await expect(page).toHaveURL(/\/timeline\/eu\/$/);
  const eu = await page.locator('ol.timeline li').count();
  expect(eu).toBeGreaterThan(0);
  expect(eu).toBeLessThan(all);
  for (const b of await page.locator('ol.timeline li .badge:first-of-type').allInnerTexts()) expect(b).toBe('EU');
});
