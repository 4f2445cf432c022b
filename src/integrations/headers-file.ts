/** Writes dist/_headers from the one security policy in src/site.ts, so the host sends what the pages declare. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile } from '../site';

export default function headers(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile()),
    },
  };
}
