/**
 * axe-core with every WCAG 2.x A and AA rule it has, the experimental ones included (label in name,
 * table headers, fake captions, orientation...), and nothing else.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const WCAG_A_AA = /^wcag2\d*a{1,2}$/;

/** Ids of every rule tagged WCAG 2.0, 2.1 or 2.2 level A or AA, experimental or not. */
export const WCAG_RULES = axe
  .getRules()
  .filter((r) => r.tags.some((t) => WCAG_A_AA.test(t)))
  .map((r) => r.ruleId);

/** Pages with more elements than this are checked on their chrome and first blocks only. */
const LARGE = 3000;

/**
 * What a large page repeats: table rows past the tenth, list items past the tenth, the ninth and later of
 * a run of sibling articles, and the fourth and later of a run of sections. Each repeats the markup of the
 * ones before it (one template renders them all), so axe need not read every copy; markup rules that must
 * hold on every row (ids, names, links) are checked on every page without a browser in tests/site.
 */
const REPEATS = [
  'main tbody > tr:nth-child(n+11)',
  'main li:nth-child(n+11)',
  'main article:nth-of-type(n+9)',
  'main section:nth-of-type(n+4)',
];

/**
 * Runs those rules on the page; returns violations as "rule: targets" lines. On a very large page (a
 * topic with its 51 states, the list of changes) axe checks the header, the footer and the first 20 blocks
 * of the main content, without the repeats above: together they hold every kind of element the page has.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the site has no frames, so the blank page the default mode
  // opens to merge results across frames would only cost a second per check.
  let builder = new AxeBuilder({ page }).withRules(WCAG_RULES).setLegacyMode(true);
  if ((await page.locator('*').count()) > LARGE) {
    builder = builder.include('body > header').include('body > footer').include('main > :nth-child(-n+20)');
    for (const r of REPEATS) builder = builder.exclude(r);
  }
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
