import type { Rule } from '../rule';

/** Source ids are unique across all source files; provision ids are unique within an instrument. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'Source ids are unique across content/sources; provision ids are unique within their instrument.',
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
