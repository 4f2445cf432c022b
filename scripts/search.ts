/**
 * npm run search -- "<query>" [--json] [--jurisdiction uk] [--topic t] [--kind k] [--type provision] [--limit 10]
 * The site's search from the command line, over the same data and the same code, best first.
 * It reads content/ directly, so no build is needed.
 */
import { parseArgs } from 'node:util';
import { loadKbFromDisk } from '../src/node/knowledge-base';
import { buildDate } from '../src/node/env';
import { buildRecords } from '../src/lib/search/records';
import { buildIndex } from '../src/lib/search/index-build';
import { loadIndex, search, suggest } from '../src/lib/search/query';
import { ROOT_JURISDICTIONS } from '../src/vocab';

const USAGE =
  `usage: npm run search -- "<query>" [--json] [--jurisdiction ${ROOT_JURISDICTIONS.join('|')}|<id, e.g. us-va>] ` +
  `[--topic <id>] [--kind <id>]
       [--type instrument|provision|topic|term|jurisdiction] [--in-force yes|no|...] [--limit N]`;

let parsed;
try {
  // strict: an unknown flag is an error, never a search word.
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jurisdiction: { type: 'string' },
      topic: { type: 'string' },
      kind: { type: 'string' },
      type: { type: 'string' },
      'in-force': { type: 'string' },
      limit: { type: 'string', default: '20' },
    },
  });
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const filters = {
  jurisdiction: values.jurisdiction,
  topic: values.topic,
  kind: values.kind,
  type: values.type,
  inForce: values['in-force'],
};
const query = positionals.join(' ');
const limit = Number(values.limit);
if ((!query.trim() && !Object.values(filters).some(Boolean)) || !Number.isInteger(limit) || limit < 1) {
  console.error(USAGE);
  process.exit(2);
}
const kb = loadKbFromDisk(process.cwd());
const built = buildIndex(buildRecords(kb, buildDate()));
const ix = loadIndex(built.index, built.text);
const site = process.env.SITE_URL ?? '';
const out = search(ix, query, filters, limit).map((h) => ({
  type: h.record.t,
  id: h.record.id,
  title: h.record.t === 'provision' ? `${h.record.label}: ${h.record.title}` : h.record.title,
  instrument: h.record.instrument,
  jurisdiction: h.record.j,
  url: site + h.record.url,
  score: h.score,
}));
if (values.json) {
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  const better = suggest(ix, query);
  if (better) console.log(`Did you mean "${better}"?`);
  if (!out.length) console.log(`No results for "${query}".`);
}
if (!values.json && out.length) {
  // Plain text only: content is printed as data, never interpreted; control characters (terminal
  // escapes) are shown as visible code points.
  const safe = (s: string) =>
    // eslint-disable-next-line no-control-regex
    s.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const [i, raw] of out.entries()) {
    const r = { ...raw, title: safe(raw.title), instrument: safe(raw.instrument), url: safe(raw.url) };
    const where = r.jurisdiction ? ` ${r.jurisdiction.toUpperCase()}` : '';
    const of = r.type === 'provision' ? ` (${r.instrument})` : '';
    console.log(`${String(i + 1).padStart(2)}. [${r.type}${where}] ${r.title}${of}  score ${r.score}\n    ${r.url}`);
  }
}
