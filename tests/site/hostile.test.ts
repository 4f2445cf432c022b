/**
 * Content is always text: the fixture site (.fixture/dist) holds an instrument whose title, aliases,
 * summaries and source contain HTML and script. Its pages pass the same static checks (no inline
 * code anywhere), show the markup as text, and the exports and the CLI carry the exact text.
 * What only a browser can show (search results and compare built in the page) is in tests/e2e.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatProblems } from '../../src/lib/check/problems';
import { FIXTURE_DATE, FIXTURE_SITE_URL, HOSTILE } from '../../scripts/hostile-fixture.mjs';
import { checkSite } from './run';
import { loadSite, routeSample, siteAddressOf, siteFrom } from './site';
import { selfReferences } from './addresses';
import { siteAddress } from './checks/address';

const dist = '.fixture/dist';
const site = loadSite(dist);
const page = site.pages.find((p) => p.path === '/instruments/uk/hostile-fixture-act/')!;

describe('hostile content', () => {
  it('every page that shows the hostile entry passes the static checks', () => {
    // The rest of the fixture site is the real content, checked in site.test.ts.
    const shown = site.pages.filter((p) => p.html.includes('Hostile'));
    expect(shown.length).toBeGreaterThan(3);
    expect(formatProblems(checkSite(siteFrom(dist, shown, site.files)))).toBe('');
  });
  it('the instrument page shows the markup as text and injects no element', () => {
    const main = site.doc(page).querySelector('main')!;
    expect(main.querySelector('h1')!.text).toBe(HOSTILE.title);
    expect(main.text).toContain(HOSTILE.alias);
    expect(main.text).toContain('<iframe src="javascript:alert(1)"></iframe>');
    expect(main.querySelectorAll('script, img, iframe, svg, marquee, b, i, u')).toHaveLength(0);
    expect(main.querySelector('#source-zz-hostile-source')!.text).toContain(HOSTILE.sourceTitle);
  });
  it('JSON and CSV exports carry the exact text, with formulas neutralised', () => {
    const { instruments } = JSON.parse(readFileSync(`${dist}/api/instruments.json`, 'utf8'));
    expect(instruments.find((i: { id: string }) => i.id === 'uk/hostile-fixture-act').title).toBe(HOSTILE.title);
    const rows: string[][] = parseCsv(readFileSync(`${dist}/api/instruments.csv`, 'utf8'), { bom: true });
    const head = rows[0];
    const row = rows.find((r) => r[0] === 'uk/hostile-fixture-act')!;
    expect(row[head.indexOf('instrumentTitle')]).toBe(HOSTILE.title);
    expect(row[head.indexOf('penalty')]).toBe('\'=HYPERLINK("https://example.com") <marquee>');
  });
  it('the command-line search prints the markup as data, with no terminal escapes', () => {
    const env = { ...process.env, KB_CONTENT_DIR: '.fixture/content' };
    const json = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/search.ts', 'hostilefixture', '--json'], { env, encoding: 'utf8' }),
    );
    expect(json[0].instrument).toBe(HOSTILE.title);
    const text = execFileSync('npx', ['tsx', 'scripts/search.ts', 'hostilefixture'], { env, encoding: 'utf8' });
    expect(text).toContain('<script>alert("title")</script>');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
  });
});

describe('a site built on a key date', () => {
  const read = (f: string) => JSON.parse(readFileSync(`${dist}/api/${f}`, 'utf8'));
  it('shows every grade as it stands on its build date', () => {
    const matrix = read('matrix.json');
    expect(matrix.asOf).toBe(FIXTURE_DATE);
    const history = new Map<string, { from: string; grade: string }[]>();
    const published = new Map<string, string>();
    for (const t of read('topics.json').topics) {
      for (const a of t.assessments) {
        history.set(`${t.id}#${a.row}`, a.history);
        published.set(`${t.id}#${a.row}`, a.grade);
      }
    }
    const hasStates = (topic: string) =>
      matrix.cells.some((x: { topic: string; row: string }) => x.topic === topic && /^us-[a-z]{2}$/.test(x.row));
    let flipped = 0;
    for (const c of matrix.cells) {
      // The US states row is derived from the state rows (tests/unit/states.test.ts); the topics file agrees.
      if (c.row === 'us-states' && hasStates(c.topic)) {
        expect(c.grade).toBe(published.get(`${c.topic}#${c.row}`));
        continue;
      }
      const steps = history.get(`${c.topic}#${c.row}`)!.filter((s) => s.from <= FIXTURE_DATE);
      expect(c.grade, `${c.topic} / ${c.row}`).toBe(steps.at(-1)?.grade ?? 'unknown');
      if (steps.at(-1)?.from === FIXTURE_DATE) flipped++;
    }
    // The build date is a key date: some grades changed that very day.
    expect(flipped).toBeGreaterThan(0);
  });
});

describe('a site built with a public address (SITE_URL)', () => {
  it('gives every reference to itself under that address, and names no placeholder anywhere', () => {
    // Pages: a few of each route, to keep the time small; every other built file in full. dist/ (a local
    // build) is checked page by page in site.test.ts.
    const part = routeSample(site);
    expect(siteAddressOf(part)).toBe(FIXTURE_SITE_URL);
    expect(formatProblems(checkSite(part, [siteAddress]))).toBe('');
    const refs = selfReferences(part);
    for (const kind of [
      'canonical',
      'permalink',
      'BibTeX',
      'JSON-LD url',
      '/sitemap-0.xml loc',
      'robots.txt',
      'CITATION.cff',
    ])
      expect(
        refs.some((r) => r.where.includes(kind)),
        kind,
      ).toBe(true);
    expect(refs.filter((r) => !r.ref.startsWith(`${FIXTURE_SITE_URL}/`))).toEqual([]);
    // Atom entry ids are tag: URIs under the site's own domain.
    expect(readFileSync(`${dist}/feeds/all.xml`, 'utf8')).toContain(
      `<id>tag:${new URL(FIXTURE_SITE_URL).hostname},2026:`,
    );
  });
});
