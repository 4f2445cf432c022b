/**
 * The built site as data, for checks that need no browser: every HTML page with its path, file and
 * text, and every file that exists. Parsed documents are made on demand and kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path: "/", "/topics/penalties/", "/404.html". */
  path: string;
  /** File, relative to the project: "dist/topics/penalties/index.html". */
  file: string;
  html: string;
}

export interface BuiltSite {
  dist: string;
  pages: BuiltPage[];
  /** Every file under dist, as URL paths ("/api/matrix.json", "/topics/penalties/index.html"). */
  files: Set<string>;
  /** The parsed document of a page (cached). */
  doc(page: BuiltPage): HTMLElement;
}

/** A site from pages held in memory (the breakage tests use this); `files` defaults to the pages' own. */
export function siteFrom(dist: string, pages: BuiltPage[], files?: Iterable<string>): BuiltSite {
  const docs = new WeakMap<BuiltPage, HTMLElement>();
  const own = pages.map((p) => (p.path.endsWith('/') ? `${p.path}index.html` : p.path));
  return {
    dist,
    pages,
    files: new Set([...(files ?? []), ...own]),
    doc(page) {
      let d = docs.get(page);
      if (!d) docs.set(page, (d = parse(page.html, { comment: false })));
      return d;
    },
  };
}

/** Loads every HTML page and the list of files of a built site. */
export function loadSite(dist = 'dist'): BuiltSite {
  if (!existsSync(dist)) throw new Error(`no built site at ${dist}: run npm run build first`);
  const names = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((n) => n.split('\\').join('/'));
  const pages = names
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => ({
      path: n === 'index.html' ? '/' : n.endsWith('/index.html') ? `/${n.slice(0, -'index.html'.length)}` : `/${n}`,
      file: `${dist}/${n}`,
      html: readFileSync(join(dist, n), 'utf8'),
    }));
  return siteFrom(
    dist,
    pages,
    names.map((n) => `/${n}`),
  );
}

/**
 * The public address the site was built with (SITE_URL), from its home page's canonical link; undefined for
 * a local build, which has none.
 */
export function siteAddressOf(site: BuiltSite): string | undefined {
  const home = site.pages.find((p) => p.path === '/');
  const file = join(site.dist, 'index.html');
  const doc = home ? site.doc(home) : existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  return doc?.querySelector('link[rel="canonical"]')?.getAttribute('href')?.replace(/\/$/, '');
}

/**
 * The text of a citation block, as a reader copies it. The parser keeps a pre element's content as raw
 * markup ("<code>...</code>"), so it is parsed again as a fragment.
 */
export function preText(pre: HTMLElement): string {
  return parse(pre.rawText).text;
}

/**
 * A few pages of each route (the first `n` under each top-level folder, and the home page): every page of a
 * route is made by the same code, so checks that cost time per page can run on these.
 */
export function routeSample(site: BuiltSite, n = 2): BuiltSite {
  const seen = new Map<string, number>();
  const pages = site.pages.filter((p) => {
    const route = p.path.split('/')[1];
    seen.set(route, (seen.get(route) ?? 0) + 1);
    return seen.get(route)! <= n;
  });
  return siteFrom(site.dist, pages, site.files);
}
