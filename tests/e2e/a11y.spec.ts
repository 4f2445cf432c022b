import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the matrix holds up in forced-colours mode', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/matrix/');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations).toEqual([]);
  // Each grade carries a symbol and words, so it does not rely on colour.
  const cell = page.locator('table.matrix tbody td').first();
  await expect(cell.locator('.sym')).toHaveCount(1);
  expect((await cell.innerText()).trim().length).toBeGreaterThan(3);
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
