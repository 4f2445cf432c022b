/**
 * The APA reference the site writes itself (src/lib/cite.ts) against an independent implementation:
 * citation-js's APA style (citeproc-js), on the title of every page and section the site cites and on
 * titles made to be awkward. The site no longer runs citeproc at build time (it cost most of the build);
 * this test keeps the two in agreement.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { loadKbFromDisk } from '../../src/node/knowledge-base';
import { apaReference, entryPage } from '../../src/lib/cite';
import { COMPARISON_ROW_LABELS, TOPIC_LABELS } from '../../src/vocab';
import { SITE_NAME } from '../../src/site';

const URL = 'https://kb.example/instruments/uk/x/#s-1';
let n = 0;
// A fresh id each time: citeproc-js keeps items by id between calls.
const byCiteproc = (title: string, asOf: string) =>
  String(
    new Cite([
      {
        id: `k${n++}`,
        type: 'webpage',
        title,
        author: [{ literal: SITE_NAME }],
        URL,
        issued: { 'date-parts': [asOf.split('-').map(Number)] },
      },
    ]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }),
  ).trim();

const kb = loadKbFromDisk(process.cwd());

describe('APA references agree with citation-js', () => {
  it('on every instrument, section, topic row and gap title the site cites', () => {
    const pages = kb.instruments.flatMap((inst) => [
      entryPage(inst),
      ...inst.provisions.map((p) => entryPage(inst, p)),
    ]);
    const titles = [
      ...pages.map((p) => [p.title, p.asOf] as const),
      ...Object.values(TOPIC_LABELS).flatMap((t) =>
        Object.values(COMPARISON_ROW_LABELS).flatMap((r) => [
          [`${t}: ${r}`, '2026-11-21'] as const,
          [`Gap: ${t}, ${r}`, '2026-11-21'] as const,
        ]),
      ),
    ];
    expect(titles.length).toBeGreaterThan(500);
    // Every title with a quotation mark, guillemet or closing punctuation (where the two could differ), and
    // one in ten of the rest (citeproc takes about 8 ms a title).
    const tricky = /['"\u2018-\u201d\u00ab\u00bb]|[.?!:\]]$/;
    const checked = titles.filter(([t], i) => tricky.test(t) || i % 10 === 0);
    expect(checked.filter(([t]) => tricky.test(t)).length).toBeGreaterThan(50);
    // citeproc-js mis-sets single quotes next to a parenthesis ("('GUARD Act’)", "(formerly ’x’)"); the site
    // sets both marks as a pair (next test), so those titles are compared there.
    const differ = checked
      .filter(([t]) => !/\('|'\)/.test(t))
      .filter(([t, d]) => apaReference(SITE_NAME, d, t, URL) !== byCiteproc(t, d));
    expect(differ.map(([t]) => t)).toEqual([]);
  });
  it('sets a quotation in single quotes inside parentheses as a pair of curly double quotes', () => {
    expect(apaReference('Site', '2026-11-21', "Act of 2026 ('GUARD Act') [partly unverified]", 'U')).toBe(
      'Site. (2026, November 21). Act of 2026 (“GUARD Act”) [partly unverified]. U',
    );
    expect(apaReference('Site', '2026-11-21', "Heading (formerly 'Detenzione')", 'U')).toBe(
      'Site. (2026, November 21). Heading (formerly “Detenzione”). U',
    );
  });
  it.each([
    'Example Act 2020 & "friends"',
    "Children's Act, the States' duty",
    "It's 'quoted' here",
    'Quote "inner \'single\' quote" end',
    'Section 7: Meaning of “pseudo-photograph”',
    'O\'Neil\'s "x?"',
    'Ends with question?',
    'Ends with dot.',
    'Ends in colon:',
    'Has [section unverified]',
    '"starts quoted" rest',
    'x: "y",',
    'Straße § 184b StGB — 50% & $1 {x}',
    'Article 227-23 (Section « De la mise en péril des mineurs »)',
  ])('on %j', (title) => {
    expect(apaReference(SITE_NAME, '2026-01-05', title, URL)).toBe(byCiteproc(title, '2026-01-05'));
  });
});
