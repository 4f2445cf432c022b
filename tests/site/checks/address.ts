import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_BUILD_NOTE, PLACEHOLDER_DOMAIN } from '../../../src/site';
import type { SiteCheck } from '../check';
import { siteAddressOf } from '../site';

/** Files other than pages that can carry an address: open data, feeds, sitemap, robots.txt, CITATION.cff. */
const DATA_FILE = /\.(json|csv|xml|txt|cff)$|\/_headers$/;

/**
 * Where a built file other than a page names the placeholder domain, read once per built site: the open
 * data alone is about 100 MB, and the checks run over many subsets of one site.
 */
const placeholderFiles = new Map<string, { file: string; at: string }[]>();
function dataFilesNaming(dist: string, files: Iterable<string>) {
  let found = placeholderFiles.get(dist);
  if (!found) {
    found = [];
    for (const file of files) {
      if (!DATA_FILE.test(file)) continue;
      // Searched as bytes: decoding 100 MB of text would take longer than the search.
      const bytes = readFileSync(join(dist, file));
      if (bytes.includes(PLACEHOLDER_DOMAIN)) found.push({ file, at: snippet(bytes.toString('utf8'))! });
    }
    placeholderFiles.set(dist, found);
  }
  return found;
}

/** The placeholder domain in context, or undefined when the text does not name it. */
function snippet(text: string): string | undefined {
  const at = text.indexOf(PLACEHOLDER_DOMAIN);
  return at < 0
    ? undefined
    : text.slice(Math.max(0, at - 40), at + PLACEHOLDER_DOMAIN.length + 20).replace(/\s+/g, ' ');
}

const placeholderFix =
  'build addresses with pageAddress(path, site) (src/lib/urls.ts) from SITE_URL; a local build gives root-relative ' +
  'paths; never fall back to a placeholder';

/**
 * The site's own address is set only by SITE_URL: no built file names the placeholder domain; a build with
 * a public address gives every page a canonical link under it, and a local build gives none and says, in
 * every permalink, that it has no public address.
 */
export const siteAddress: SiteCheck = {
  name: 'site-address',
  description:
    'No built file (HTML, JSON, CSV, XML, robots.txt, CITATION.cff) names the placeholder domain; canonical links ' +
    'and permalinks use SITE_URL, or a local build says it has no public address.',
  check(site, report) {
    for (const page of site.pages) {
      const at = snippet(page.html);
      if (at)
        report({
          file: page.file,
          path: at,
          message: `names the placeholder domain ${PLACEHOLDER_DOMAIN}`,
          fix: placeholderFix,
        });
    }
    for (const { file, at } of dataFilesNaming(site.dist, site.files))
      report({
        file: `${site.dist}${file}`,
        path: at,
        message: `names the placeholder domain ${PLACEHOLDER_DOMAIN}`,
        fix: placeholderFix,
      });
    const address = siteAddressOf(site);
    for (const page of site.pages) {
      const doc = site.doc(page);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // The "not found" page has no address of its own.
      const expected = address && page.path !== '/404.html' ? new URL(page.path, address).href : undefined;
      if (canonical !== expected)
        report({
          file: page.file,
          path: 'link[rel="canonical"]',
          message: expected
            ? `got ${canonical ? `"${canonical}"` : 'none'}; expected "${expected}"`
            : `got "${canonical}"; expected none (${address ? 'the not-found page' : 'a local build, no SITE_URL'})`,
          fix: 'render the page in src/layouts/Base.astro, which links the canonical address only when SITE_URL is set',
        });
      for (const meta of doc.querySelectorAll('details.cite > p.meta')) {
        const link = meta.querySelector('a')?.text ?? '';
        const ok = address
          ? link.startsWith(`${address}/`)
          : link.startsWith('/') && meta.text.includes(LOCAL_BUILD_NOTE);
        if (!ok)
          report({
            file: page.file,
            path: 'details.cite > p.meta',
            message: address
              ? `permalink "${link}" is not under the public address ${address}`
              : `permalink "${link}" in a local build does not say "${LOCAL_BUILD_NOTE}"`,
            fix: 'render citations with src/components/CiteThis.astro, which takes the address from Astro.site',
          });
      }
    }
  },
};
