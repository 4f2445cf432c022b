/**
 * The compare page as built, without a browser: every row it offers has its data file, and the CSV
 * of the comparison it shows first parses with an independent parser and agrees with that data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { COMPARISON_CSV_COLUMNS, type RowComparison } from '../../src/lib/compare-table';
import { COMPARISON_ROWS } from '../../src/vocab';

const read = (p: string) => readFileSync(join('dist', p), 'utf8');
const page = parse(read('compare/index.html'));
const offered = page.querySelectorAll('input[name="rows"]').map((i) => i.getAttribute('value') as string);

describe('the compare page', () => {
  it('offers states, member states and legal systems beside the main rows, grouped by root', () => {
    expect(offered.slice(0, 1)).toEqual(['uk']);
    for (const r of ['us-va', 'us-tx', 'eu-dk', 'eu-nl', 'uk-ew']) expect(offered).toContain(r);
    expect(page.querySelectorAll('#compare-form fieldset.compare-group > legend').map((l) => l.text)).toEqual([
      'United Kingdom',
      'United States',
      'European Union',
    ]);
  });
  it('has a data file for every row it offers', () => {
    for (const r of offered) {
      const data: RowComparison = JSON.parse(read(`api/compare/rows/${r}.json`));
      expect(data.row).toBe(r);
      for (const c of Object.values(data.cells))
        for (const id of c.sources) expect(data.sources[id], `${r}: ${id}`).toBeDefined();
    }
  });
  it("links a CSV of the comparison it shows first, which matches the rows' data", () => {
    const link = page.querySelector('#compare-csv')!;
    const rows: string[][] = parseCsv(read(link.getAttribute('href')!.slice(1)), {
      bom: true,
      relax_column_count: false,
    });
    expect(rows[0]).toEqual([...COMPARISON_CSV_COLUMNS]);
    const col = (name: string) => rows[0].indexOf(name);
    const cells = COMPARISON_ROWS.flatMap((r) => {
      const data: RowComparison = JSON.parse(read(`api/compare/rows/${r}.json`));
      return Object.entries(data.cells).map(([t, c]) => `${t} ${r} ${c.grade}`);
    });
    expect(
      rows
        .slice(1)
        .map((l) => `${l[col('topic')]} ${l[col('jurisdiction')]} ${l[col('grade')]}`)
        .sort(),
    ).toEqual(cells.sort());
    // The table shown has the same rows as the CSV, one column each.
    expect(page.querySelectorAll('#jurisdiction-table thead th').length).toBe(1 + COMPARISON_ROWS.length);
  });
});
