import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
const rules = axe.getRules().filter((r) => r.tags.some((t) => /^wcag2\d*a{1,2}$/.test(t))).map((r) => r.ruleId);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [path, strip] of [['/topics/ai-csam-offences/', false], ['/topics/ai-csam-offences/', true], ['/jurisdictions/us/', false], ['/topics/ai-csam-offences/member-states/by-grade/', false]]) {
  const ctx = await b.newContext(); const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4420' + path);
  if (strip) await page.evaluate(() => document.querySelectorAll('.tile-figure, .grade-filter').forEach((e) => e.remove()));
  const n = await page.locator('*').count();
  let builder = new AxeBuilder({ page }).withRules(rules);
  if (n > 3000) builder = builder.include('body > header').include('body > footer').include('main > :nth-child(-n+20)');
  const t = Date.now();
  const r = await builder.analyze();
  console.log(path, strip ? '(no maps)' : '', n, 'elements', Date.now() - t, 'ms', r.violations.map((v) => v.id + ':' + v.nodes.slice(0,2).map(n=>n.target.join(' ')).join('|')));
  await ctx.close();
}
await b.close();
