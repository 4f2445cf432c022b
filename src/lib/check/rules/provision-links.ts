import type { Rule } from '../rule';

/** A provision links its official text, or says why it cannot: no silent gaps in the evidence. */
export const provisionLinks: Rule = {
  name: 'provision-links',
  description: 'Every provision has a pinpoint link to its official text, or an unverified note saying none was found.',
  check(ctx, report) {
    for (const inst of ctx.instruments) {
      inst.provisions.forEach((p, i) => {
        if (!p.url && !p.unverified) {
          report({
            file: inst.file,
            path: `provisions[${i}].url`,
            message: 'missing, and no unverified note says why',
            fix: 'link the official text of the provision, or add unverified: "no official text was found ..."',
          });
        }
      });
    }
  },
};
