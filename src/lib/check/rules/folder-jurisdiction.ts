import type { Rule } from '../rule';

/** An instrument file sits in the folder of its jurisdiction: content/instruments/uk/... for jurisdiction "uk". */
export const folderJurisdiction: Rule = {
  name: 'folder-jurisdiction',
  description: 'The folder an instrument is in names its jurisdiction.',
  check(ctx, report) {
    for (const inst of ctx.instruments) {
      const folder = inst.id.split('/')[0];
      if (!inst.id.includes('/') || folder !== inst.jurisdiction) {
        report({
          file: inst.file,
          path: 'jurisdiction',
          message:
            `got "${inst.jurisdiction}" but the file is in the folder ` +
            `"${inst.id.includes('/') ? folder : '(none)'}"`,
          fix: `move the file to content/instruments/${inst.jurisdiction}/ or correct the jurisdiction`,
        });
      }
    }
  },
};
