import { SCRIPTED_ROUTES } from '../../../src/site';
import { where, type SiteCheck } from '../check';

/** One h1 per page, with text. */
export const oneH1: SiteCheck = {
  name: 'one-h1',
  description: 'Every page has exactly one h1, and it has text.',
  check(site, report) {
    for (const page of site.pages) {
      const h1 = site.doc(page).querySelectorAll('h1');
      if (h1.length !== 1)
        report({
          file: page.file,
          path: 'h1',
          message: `found ${h1.length} h1 elements; expected 1`,
          fix: 'give the page one h1 (its title); use h2 and below inside it',
        });
      else if (!h1[0].text.trim())
        report({ file: page.file, path: 'h1', message: 'the h1 is empty', fix: 'give the page a title' });
    }
  },
};

/** Ids are unique within a page, so anchors and label references are unambiguous. */
export const uniqueIds: SiteCheck = {
  name: 'unique-ids',
  description: 'No id appears twice on a page.',
  check(site, report) {
    for (const page of site.pages) {
      const seen = new Set<string>();
      for (const el of site.doc(page).querySelectorAll('[id]')) {
        if (seen.has(el.id))
          report({
            file: page.file,
            path: `#${el.id}`,
            message: `id "${el.id}" appears more than once`,
            fix: 'derive ids from what the element is (provision id, row id) so they cannot repeat',
          });
        seen.add(el.id);
      }
    }
  },
};

/** JSON-LD blocks parse and name schema.org. */
export const jsonLd: SiteCheck = {
  name: 'json-ld',
  description: 'Every JSON-LD block is valid JSON with @context https://schema.org and a @type.',
  check(site, report) {
    for (const page of site.pages) {
      for (const s of site.doc(page).querySelectorAll('script[type="application/ld+json"]')) {
        let data: { '@context'?: unknown; '@type'?: unknown };
        try {
          data = JSON.parse(s.rawText);
        } catch (e) {
          report({
            file: page.file,
            path: 'script[type="application/ld+json"]',
            message: `not valid JSON: ${(e as Error).message}`,
            fix: 'build JSON-LD with src/lib/jsonld.ts (jsonLdText)',
          });
          continue;
        }
        if (data['@context'] !== 'https://schema.org' || typeof data['@type'] !== 'string') {
          report({
            file: page.file,
            path: 'script[type="application/ld+json"]',
            message: `got @context ${JSON.stringify(data['@context'])}, @type ${JSON.stringify(data['@type'])}; expected "https://schema.org" and a type`,
            fix: 'build JSON-LD with src/lib/jsonld.ts',
          });
        }
      }
    }
  },
};

/** Only the pages listed in src/site.ts load a script. */
export const scriptsWhereAllowed: SiteCheck = {
  name: 'scripts-where-allowed',
  description: 'Content pages ship no JavaScript; only the routes in SCRIPTED_ROUTES (src/site.ts) load a script.',
  check(site, report) {
    for (const page of site.pages) {
      if (SCRIPTED_ROUTES.some((re) => re.test(page.path))) continue;
      for (const s of site.doc(page).querySelectorAll('script')) {
        if (s.getAttribute('type') === 'application/ld+json') continue;
        report({
          file: page.file,
          path: where(s.outerHTML),
          message: `a script on ${page.path}, which is not a scripted route`,
          fix: 'remove the script, or add the route to SCRIPTED_ROUTES in src/site.ts if it truly needs one',
        });
      }
    }
  },
};

/** Words are not glued to dates ("as of2026-12-01"): a formatter can eat the space before an inline element. */
export const spacing: SiteCheck = {
  name: 'spacing',
  description: 'No word runs into a date in the rendered text.',
  check(site, report) {
    const DATE = /^\d{4}-\d\d-\d\d/;
    for (const page of site.pages) {
      const main = site.doc(page).querySelector('main');
      if (!main) continue;
      let found: string | undefined;
      for (const el of [main, ...main.querySelectorAll('*')]) {
        const kids = el.childNodes;
        kids.forEach((node, i) => {
          if (found || node.nodeType !== 3) return;
          const text = node.rawText;
          const next = kids[i + 1];
          const glued = /[a-z]\d{4}-\d\d-\d\d/.exec(text);
          if (glued) found = glued[0];
          else if (/[a-z]$/.test(text) && next && next.nodeType === 1 && DATE.test(next.rawText)) {
            found = `${text.slice(-12)}${next.rawText.slice(0, 10)}`;
          }
        });
      }
      if (found) {
        report({
          file: page.file,
          path: 'main (text)',
          message: `"${found}": a word runs into a date`,
          fix: "put {' '} before the date's element in the template (Prettier's Astro plugin can remove that space)",
        });
      }
    }
  },
};
