import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from '../../src/lib/csv';

describe('CSV', () => {
  const rows = [
    { a: 'plain', b: 'comma, inside', c: 'quote "here"' },
    { a: 'line\nbreak', b: 'ünïcödé – €', c: ['x', 'y'] },
  ];
  it('quotes fields that need it, ends lines CRLF, starts with a BOM', () => {
    const csv = toCsv(['a', 'b', 'c'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\nplain,"comma, inside","quote ""here"""\r\n');
  });
  it('parses back to the same data', () => {
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
    expect(parsed).toEqual([
      ['a', 'b', 'c'],
      ['plain', 'comma, inside', 'quote "here"'],
      ['line\nbreak', 'ünïcödé – €', 'x; y'],
    ]);
  });
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(parseCsv(toCsv(['a'], [{ a: '=HYPERLINK("http://x")' }]))[1][0]).toBe('\'=HYPERLINK("http://x")');
  });
});
