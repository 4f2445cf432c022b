/**
 * The breakage list: deliberate defects, each applied to real built pages or to valid fixture
 * content, and the check that must catch it. If a check stops catching its defect, this fails, so a
 * reshaped suite cannot quietly lose what it used to find.
 */
import { describe, expect, it } from 'vitest';
import { checkSite } from './run';
import { loadSite, siteFrom, type BuiltPage } from './site';
import { validateContent } from '../../src/lib/check/validate';
import { isError } from '../../src/lib/check/problems';
import { readContent } from '../../src/node/read-content';
import { goodFiles, instrumentA, mdx, writeFixture } from '../fixtures/kb';

const real = loadSite('dist');
const MATRIX = '/matrix/';
const INSTRUMENT = '/instruments/uk/protection-of-children-act-1978/';
const HOME = '/';

interface Breakage {
  /** What goes wrong. */
  name: string;
  /** The page it is applied to. */
  page: string;
  /** The defect, applied to the page's HTML. */
  apply: (html: string) => string;
  /** The check that must report it. */
  caughtBy: string;
}

const once = (html: string, from: string | RegExp, to: string) => {
  const out = html.replace(from, to);
  if (out === html) throw new Error(`breakage did not apply: ${from}`);
  return out;
};

const BREAKAGES: Breakage[] = [
  {
    name: 'a broken anchor',
    page: MATRIX,
    apply: (h) => once(h, /href="\/topics\/([a-z-]+)\/#uk"/, 'href="/topics/$1/#no-such-row"'),
    caughtBy: 'links',
  },
  {
    name: 'a link to a page that does not exist',
    page: HOME,
    apply: (h) => once(h, '</main>', '<a href="/no-such-page/">x</a></main>'),
    caughtBy: 'links',
  },
  {
    name: 'a page without the CSP',
    page: INSTRUMENT,
    apply: (h) => once(h, /<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    caughtBy: 'csp',
  },
  {
    name: 'a weakened CSP',
    page: HOME,
    apply: (h) => once(h, "script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    caughtBy: 'csp',
  },
  {
    name: 'an unescaped title',
    page: INSTRUMENT,
    apply: (h) => once(h, /<h1>[^<]*<\/h1>/, '<h1>Act <script>alert(1)</script></h1>'),
    caughtBy: 'no-inline-code',
  },
  {
    name: 'an unescaped image with an event handler',
    page: INSTRUMENT,
    apply: (h) => once(h, '</main>', '<img src="x" onerror="alert(1)"></main>'),
    caughtBy: 'no-inline-code',
  },
  {
    name: 'an inline script',
    page: HOME,
    apply: (h) => once(h, '</body>', '<script>console.log(1)</script></body>'),
    caughtBy: 'no-inline-code',
  },
  {
    name: 'an inline style',
    page: HOME,
    apply: (h) => once(h, '<main', '<main style="color:red"'),
    caughtBy: 'no-inline-code',
  },
  {
    name: 'a javascript: link',
    page: HOME,
    apply: (h) => once(h, '</main>', '<a href="javascript:alert(1)">x</a></main>'),
    caughtBy: 'no-inline-code',
  },
  {
    name: 'a third-party script',
    page: MATRIX,
    apply: (h) => once(h, '</body>', '<script src="https://cdn.example.com/x.js"></script></body>'),
    caughtBy: 'first-party-assets',
  },
  {
    name: 'an external link without rel',
    page: INSTRUMENT,
    apply: (h) => once(h, /rel="noopener noreferrer"/, ''),
    caughtBy: 'external-links',
  },
  {
    name: 'a second h1',
    page: INSTRUMENT,
    apply: (h) => once(h, '</main>', '<h1>Again</h1></main>'),
    caughtBy: 'one-h1',
  },
  {
    name: 'a duplicate id',
    page: INSTRUMENT,
    apply: (h) => once(h, '</main>', '<p id="main">x</p></main>'),
    caughtBy: 'unique-ids',
  },
  {
    name: 'broken JSON-LD',
    page: INSTRUMENT,
    apply: (h) => once(h, /(<script type="application\/ld\+json">)\{/, '$1{,'),
    caughtBy: 'json-ld',
  },
  {
    name: 'a script on a content page',
    page: INSTRUMENT,
    apply: (h) => once(h, '</body>', '<script type="module" src="/_astro/x.js"></script></body>'),
    caughtBy: 'scripts-where-allowed',
  },
  {
    name: 'a wrong grade in the matrix',
    page: MATRIX,
    apply: (h) => once(h, /data-grade="(explicit|partial)"/, 'data-grade="none"'),
    caughtBy: 'matrix-grades',
  },
  {
    name: 'a wide table outside a scroll region',
    page: MATRIX,
    apply: (h) => once(h, /<div class="table-wrap"/, '<div class="matrix-box"'),
    caughtBy: 'scroll-regions',
  },
  {
    name: 'a table scroll region that the keyboard cannot reach',
    page: MATRIX,
    apply: (h) => once(h, /(<div class="table-wrap"[^>]*) tabindex="0"/, '$1'),
    caughtBy: 'scroll-regions',
  },
  {
    name: 'a wrong grade in the matrix of the states',
    page: MATRIX,
    apply: (h) => once(h, /(<td data-grade=")(explicit|partial)("><a href="\/topics\/[a-z-]+\/#row-us-)/, '$1none$3'),
    caughtBy: 'matrix-grades',
  },
  {
    name: 'a state missing from the text alternative of a tile map',
    page: '/topics/ai-csam-offences/',
    apply: (h) => once(h, /(<dd>[^<]*?), Virginia,/, '$1,'),
    caughtBy: 'tile-maps',
  },
  {
    name: 'a tile whose grade shows by colour alone',
    page: '/topics/ai-csam-offences/',
    apply: (h) => once(h, /(data-row="us-va"[^>]*>.*?<span class="tile-sym" aria-hidden="true">)[^<]*/, '$1'),
    caughtBy: 'tile-maps',
  },
  {
    name: 'a matrix cell without its evidence link',
    page: MATRIX,
    apply: (h) => once(h, /<a href="\/topics\/[a-z-]+\/#uk">/, '<a>'),
    caughtBy: 'matrix-grades',
  },
  {
    name: 'the placeholder domain in a page',
    page: INSTRUMENT,
    apply: (h) => once(h, '</main>', '<p>https://ai-csam-law.example.org/instruments/</p></main>'),
    caughtBy: 'site-address',
  },
  {
    name: 'an invented canonical address',
    page: HOME,
    apply: (h) =>
      h.includes('rel="canonical"')
        ? once(h, /<link rel="canonical" href="[^"]*"/, '<link rel="canonical" href="https://kb.invented/"')
        : once(h, '</head>', '<link rel="canonical" href="https://kb.invented/"></head>'),
    caughtBy: 'site-address',
  },
  {
    name: 'a citation permalink at an invented address',
    page: INSTRUMENT,
    apply: (h) => once(h, /(<p class="meta">Permalink: <a href="[^"]*">)[^<]*/, '$1https://kb.invented/x/'),
    caughtBy: 'site-address',
  },
];

describe('breakages of the built site are caught', () => {
  it('the real pages the list uses pass every check', () => {
    const pages = real.pages.filter((p) => [MATRIX, INSTRUMENT, HOME].includes(p.path));
    expect(pages).toHaveLength(3);
    expect(checkSite(siteFrom('dist', pages, real.files))).toEqual([]);
  });
  for (const b of BREAKAGES) {
    it(`${b.name} -> ${b.caughtBy}`, () => {
      const original = real.pages.find((p) => p.path === b.page)!;
      const broken: BuiltPage = { ...original, html: b.apply(original.html) };
      const others = real.pages.filter((p) => p !== original && [MATRIX, INSTRUMENT, HOME].includes(p.path));
      const found = checkSite(siteFrom('dist', [broken, ...others], real.files));
      expect(found.map((p) => p.check)).toContain(b.caughtBy);
    });
  }
});

describe('breakages of the content are caught', () => {
  const check = (mutate: (d: ReturnType<typeof instrumentA>) => unknown) => {
    const files = goodFiles();
    files['content/instruments/uk/example-act-2020.mdx'] = mdx(mutate(instrumentA()));
    return validateContent(readContent(writeFixture(files)), '2026-11-21')
      .problems.filter(isError)
      .map((p) => p.message);
  };
  it('a missing source', () => {
    expect(check((d) => ({ ...d, stage: { ...d.stage, sources: ['no-such-source'] } })).join('\n')).toContain(
      'no-such-source',
    );
  });
  it('a wrong grade word', () => {
    expect(check((d) => ({ ...d, inForce: { ...d.inForce, value: 'yes-ish' } })).join('\n')).toContain('"yes-ish"');
  });
  it('a related instrument in an unknown jurisdiction', () => {
    expect(check((d) => ({ ...d, related: ['xx/some-act'] })).join('\n')).toContain('src/vocab/jurisdictions.ts');
  });
});
