/**
 * npm run search -- "<query>" [--json] [--jurisdiction uk] [--topic t] [--kind k] [--type provision] [--limit 10]
 * The site's search from the command line, over the same data and the same code, best first.
 * It reads content/ directly, so no build is needed.
 */
import { loadKbFromDisk } from '../src/lib/load-node';
import { today } from '../src/lib/kb';
import { buildRecords } from '../src/lib/search/records';
import { buildIndex } from '../src/lib/search/index-build';
import { loadIndex, search, type Filters } from '../src/lib/search/query';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const filters: Filters = { jurisdiction: flag('jurisdiction'), topic: flag('topic'), kind: flag('kind'), type: flag('type'), inForce: flag('in-force') };
const limit = Number(flag('limit') ?? 20);
const json = args.includes('--json');
const query = args.filter((a) => a !== '--json').join(' ');
if (!query.trim() && !Object.values(filters).some(Boolean)) {
  console.error('usage: npm run search -- "<query>" [--json] [--jurisdiction uk|us|eu] [--topic <id>] [--kind <id>] [--type instrument|provision|topic] [--in-force yes|no|...] [--limit N]');
  process.exit(2);
}
const kb = loadKbFromDisk(process.cwd());
const ix = loadIndex(buildIndex(buildRecords(kb, today())));
const hits = search(ix, query, filters, limit);
const site = process.env.SITE_URL ?? '';
const out = hits.map((h) => ({
  type: h.record.t,
  id: h.record.id,
  title: h.record.t === 'provision' ? `${h.record.label}: ${h.record.title}` : h.record.title,
  instrument: h.record.instrument,
  jurisdiction: h.record.j,
  url: site + h.record.url,
  score: h.score,
}));
if (json) {
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else if (!out.length) {
  console.log(`No results for "${query}".`);
} else {
  // Plain text only: content is printed as data, never interpreted; control characters (terminal
  // escapes) are shown as visible code points.
  const safe = (s: string) => s.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const [i, raw] of out.entries()) {
    const r = { ...raw, title: safe(raw.title), instrument: safe(raw.instrument), url: safe(raw.url) };
    console.log(`${String(i + 1).padStart(2)}. [${r.type}${r.jurisdiction ? ` ${r.jurisdiction.toUpperCase()}` : ''}] ${r.title}${r.type === 'provision' ? ` (${r.instrument})` : ''}  score ${r.score}\n    ${r.url}`);
  }
}
