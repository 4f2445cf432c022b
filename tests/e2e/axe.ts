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
 * Runs those rules on the page; returns violations as "rule: targets" lines. A very large page (the
 * list of every change) repeats one structure hundreds of times: axe checks its header, footer and
 * first 20 blocks of the main content, which hold every kind of element the page has.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withRules(WCAG_RULES);
  if ((await page.locator('*').count()) > LARGE) {
    builder = builder.include('body > header').include('body > footer').include('main > :nth-child(-n+20)');
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
