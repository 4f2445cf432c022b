/**
 * npm run matrix -- --as-of YYYY-MM-DD [--json]
 * The coverage matrix as it stood (or will stand) on a date, from the same data and code as the site.
 */
import { loadKbFromDisk } from '../src/lib/load-node';
import { isRealIsoDate } from '../src/schemas/common';
import { today } from '../src/lib/kb';
import { matrixJson } from '../src/lib/exports';
import { COMPARISON_ROWS, COMPARISON_ROW_LABELS, COVERAGE_SYMBOLS, TOPIC_LABELS } from '../src/vocab';

const args = process.argv.slice(2);
const i = args.indexOf('--as-of');
const date = i >= 0 ? args[i + 1] : today();
if (!date || !isRealIsoDate(date)) {
  console.error('usage: npm run matrix -- --as-of YYYY-MM-DD [--json]   (a real date, e.g. 2024-12-31)');
  process.exit(2);
}
const kb = loadKbFromDisk(process.cwd());
const data = matrixJson(kb, date, today());
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(data, null, 2) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`Coverage on ${date}  (● explicit  ◐ partial  ◔ not yet applicable  ○ proposed  ✕ none  ? unknown)\n`);
  console.log(pad('topic', 48) + COMPARISON_ROWS.map((r) => pad(COMPARISON_ROW_LABELS[r].replace('United States', 'US'), 24)).join(''));
  const topics = [...new Set(data.cells.map((c) => c.topic))];
  for (const t of topics) {
    const row = COMPARISON_ROWS.map((r) => { const c = data.cells.find((x) => x.topic === t && x.row === r); return pad(c ? `${COVERAGE_SYMBOLS[c.grade]} ${c.grade}` : '-', 24); });
    console.log(pad(TOPIC_LABELS[t], 48) + row.join(''));
  }
}
