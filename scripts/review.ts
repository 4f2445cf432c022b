/**
 * npm run review [-- --json] [--days 60] [--today YYYY-MM-DD]
 * What needs a person's attention, soonest first: entries past their review interval, dated events in
 * the next N days, sources not checked for a year, then the unverified markers by instrument.
 */
import { parseArgs } from 'node:util';
import { isRealIsoDate } from '../src/schemas/common';
import { reviewItems, type ReviewKind } from '../src/lib/review';
import { buildDate } from '../src/node/env';
import { loadKbFromDisk } from '../src/node/knowledge-base';
import { siteUrl } from '../src/site';

const USAGE = 'usage: npm run review -- [--json] [--days N] [--today YYYY-MM-DD]';
let values;
try {
  ({ values } = parseArgs({
    options: { json: { type: 'boolean' }, days: { type: 'string', default: '60' }, today: { type: 'string' } },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const today = values.today ?? buildDate();
const days = Number(values.days);
if (!isRealIsoDate(today) || !Number.isInteger(days) || days < 0) {
  console.error(USAGE);
  process.exit(2);
}
const items = reviewItems(loadKbFromDisk(process.cwd()), today, days);
const site = siteUrl() ?? '';
if (values.json) {
  process.stdout.write(`${JSON.stringify({ today, days, items }, null, 2)}\n`);
} else {
  const HEADINGS: Record<ReviewKind, string> = {
    overdue: 'Past the review interval',
    upcoming: `Dated events in the next ${days} days`,
    source: 'Sources not checked for a year',
    unverified: 'Unverified markers, by instrument',
  };
  console.log(`Review list on ${today}: ${items.length} item(s)`);
  for (const kind of ['overdue', 'upcoming', 'source', 'unverified'] as const) {
    const list = items.filter((i) => i.kind === kind);
    console.log(`\n${HEADINGS[kind]} (${list.length})`);
    for (const i of list) {
      const url = i.url.startsWith('/') ? site + i.url : i.url;
      console.log(`  ${i.due ? `${i.due}  ` : ''}${i.subject}\n    ${i.detail}\n    ${url}`);
    }
  }
}
