import type { Rule } from '../rule';

/**
 * Source ids and source addresses are unique across all source files (a document is listed once, so a
 * reader never sees it twice with different dates); provision ids are unique within an instrument.
 */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  description:
    'Source ids and URLs are unique across content/sources; provision ids are unique within their instrument.',
  check(ctx, report) {
    const seen = new Map<string, string>();
    for (const s of ctx.sources) {
      const first = seen.get(s.id);
      if (first)
        report({
          file: s.file,
          path: `source "${s.id}"`,
          message: `duplicate source id "${s.id}" (first defined in ${first})`,
          fix: 'give one of them another id, or delete the copy and cite the first',
        });
      else seen.set(s.id, s.file);
    }
    const urls = new Map<string, string>();
    for (const s of ctx.sources) {
      const first = urls.get(s.url);
      if (first)
        report({
          file: s.file,
          path: `source "${s.id}".url`,
          message: `the same document is already listed as source "${first}" (${s.url})`,
          fix: `delete this entry and cite "${first}" instead, keeping the earliest published and latest accessed date`,
        });
      else urls.set(s.url, s.id);
    }
    for (const inst of ctx.instruments) {
      const ids = new Map<string, number>();
      inst.provisions.forEach((p, i) => {
        const first = ids.get(p.id);
        if (first !== undefined)
          report({
            file: inst.file,
            path: `provisions[${i}].id`,
            message: `duplicate provision id "${p.id}" (also provisions[${first}])`,
            fix: 'give each provision its own id: it is the page anchor, e.g. "s-1", "s-1-1a"',
          });
        else ids.set(p.id, i);
      });
    }
  },
};
