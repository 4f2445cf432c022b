import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { SiteCheck } from '../check';

const decodeHref = (s: string) => s.replace(/&amp;/g, '&');

/** Every internal link resolves to a file, and every fragment to an id on the target page. */
export const links: SiteCheck = {
  name: 'links',
  description: 'Internal links and anchors resolve.',
  check(site, report) {
    const byPath = new Map(site.pages.map((p) => [p.path, p]));
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let set = ids.get(path);
      if (!set) {
        const page = byPath.get(path);
        // A target outside the checked pages (a partial site) is read from the built files.
        const file = join(site.dist, path, 'index.html');
        const doc = page ? site.doc(page) : existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
        set = new Set(doc ? doc.querySelectorAll('[id]').map((e) => e.id) : []);
        ids.set(path, set);
      }
      return set;
    };
    for (const page of site.pages) {
      for (const a of site.doc(page).querySelectorAll('a[href]')) {
        const href = decodeHref(a.getAttribute('href') ?? '');
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
        if (!site.files.has(file)) {
          report({
            file: page.file,
            path: `a[href="${href}"]`,
            message: `links to ${url.pathname}, which is not in the built site`,
            fix: 'link an existing page (routes are in src/lib/urls.ts)',
          });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || !url.pathname.endsWith('/')) continue;
        const available = idsOf(url.pathname);
        if (!available.has(fragment)) {
          const near = [...available].filter((id) => id[0] === fragment[0]).slice(0, 5);
          const hint = near.length ? `; available fragments include ${near.map((n) => `"${n}"`).join(', ')}` : '';
          report({
            file: page.file,
            path: `a[href="${href}"]`,
            message: `no element with id "${fragment}" on ${url.pathname}${hint}`,
            fix: 'link an id the target page has, or give the target element that id',
          });
        }
      }
    }
  },
};
