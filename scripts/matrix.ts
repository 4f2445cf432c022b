/**
 * npm run matrix -- --as-of YYYY-MM-DD [--json]
 * The coverage matrix as it stood (or will stand) on a date, from the same data and code as the site.
 */
import { parseArgs } from 'node:util';
import { loadKbFromDisk } from '../src/node/knowledge-base';
import { isRealIsoDate } from '../src/schemas/common';
import { buildDate } from '../src/node/env';
import { matrixJson } from '../src/lib/exports';
import { COMPARISON_ROWS, COVERAGE_GRADES, COVERAGE_SYMBOLS, JURISDICTION_SHORT, TOPIC_LABELS } from '../src/vocab';

const USAGE = 'usage: npm run matrix -- --as-of YYYY-MM-DD [--json]   (a real date, e.g. 2024-12-31)';
let values;
try {
  ({ values } = parseArgs({ options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const date = values['as-of'] ?? buildDate();
if (!isRealIsoDate(date)) {
  console.error(USAGE);
  process.exit(2);
}
const data = matrixJson(loadKbFromDisk(process.cwd()), date, buildDate());
if (values.json) {
  process.stdout.write(JSON.stringify(data, null, 2) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`Coverage on ${date}  (${COVERAGE_GRADES.map((g) => `${COVERAGE_SYMBOLS[g]} ${g}`).join('  ')})\n`);
  console.log(pad('topic', 48) + COMPARISON_ROWS.map((r) => pad(JURISDICTION_SHORT[r], 24)).join(''));
  for (const t of [...new Set(data.cells.map((c) => c.topic))]) {
    const row = COMPARISON_ROWS.map((r) => {
      const c = data.cells.find((x) => x.topic === t && x.row === r);
      return pad(c ? `${COVERAGE_SYMBOLS[c.grade]} ${c.grade}` : '-', 24);
    });
    console.log(pad(TOPIC_LABELS[t], 48) + row.join(''));
  }
}
