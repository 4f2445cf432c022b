import { CSP } from '../../../src/site';
import { where, type SiteCheck } from '../check';

/** Every page declares the site's Content-Security-Policy. */
export const csp: SiteCheck = {
  name: 'csp',
  description: "Every page carries the Content-Security-Policy from src/site.ts, with no 'unsafe-' source.",
  check(site, report) {
    for (const page of site.pages) {
      const meta = site.doc(page).querySelector('meta[http-equiv="Content-Security-Policy"]');
      const got = meta?.getAttribute('content');
      if (got !== CSP) {
        report({
          file: page.file,
          path: 'meta[http-equiv="Content-Security-Policy"]',
          message: got ? `got "${got}"; expected the policy in src/site.ts` : 'missing',
          fix: 'render the page inside src/layouts/Base.astro, which sets the policy',
        });
      } else if (/unsafe-/.test(got)) {
        report({
          file: page.file,
          path: 'meta[http-equiv="Content-Security-Policy"]',
          message: "allows an 'unsafe-' source",
          fix: "remove 'unsafe-inline' / 'unsafe-eval' from CSP in src/site.ts",
        });
      }
    }
  },
};

/**
 * Nothing runs inline: no inline script (JSON-LD data aside), no event-handler attribute, no javascript: URL,
 * no style attribute.
 */
export const noInlineCode: SiteCheck = {
  name: 'no-inline-code',
  description:
    'No inline script, event handler, javascript: URL or style attribute (the CSP would block them, and they ' +
    'signal unescaped content).',
  check(site, report) {
    for (const page of site.pages) {
      const doc = site.doc(page);
      for (const s of doc.querySelectorAll('script')) {
        if (!s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json') {
          report({
            file: page.file,
            path: where(s.outerHTML),
            message: 'inline script',
            fix: 'load scripts from files (Astro bundles <script> tags); render content as text, never with set:html',
          });
        }
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          const value = el.attributes[name];
          if (/^on/i.test(name))
            report({
              file: page.file,
              path: where(el.outerHTML),
              message: `event-handler attribute "${name}"`,
              fix: 'render content as text; attach behaviour from a script file',
            });
          else if (name === 'style')
            report({
              file: page.file,
              path: where(el.outerHTML),
              message: 'inline style attribute',
              fix: 'use a class in src/styles/global.css',
            });
          else if ((name === 'href' || name === 'src') && /^\s*javascript:/i.test(value))
            report({
              file: page.file,
              path: where(el.outerHTML),
              message: 'javascript: URL',
              fix: 'link an https:// or site URL',
            });
        }
      }
    }
  },
};

/** Scripts, styles and fonts come from the site itself. */
export const firstPartyAssets: SiteCheck = {
  name: 'first-party-assets',
  description: 'Scripts, stylesheets and fonts are served by the site itself.',
  check(site, report) {
    for (const page of site.pages) {
      for (const el of site.doc(page).querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(url))
          report({
            file: page.file,
            path: where(el.outerHTML),
            message: `third-party asset ${url}`,
            fix: 'bundle the asset with the site',
          });
      }
    }
  },
};

/** External links open without giving the target page a handle on ours. */
export const externalLinks: SiteCheck = {
  name: 'external-links',
  description: 'Every external link has rel="noopener noreferrer".',
  check(site, report) {
    for (const page of site.pages) {
      for (const a of site.doc(page).querySelectorAll('a[href^="http"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
          report({
            file: page.file,
            path: where(a.outerHTML),
            message: `external link without rel="noopener noreferrer" (rel="${rel.join(' ')}")`,
            fix: 'add rel="noopener noreferrer" (Markdown bodies get it from src/integrations/external-links.ts)',
          });
        }
      }
    }
  },
};
