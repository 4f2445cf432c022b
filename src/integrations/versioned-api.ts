/**
 * Serves the open data under /api/v1/ as well as /api/: after the build, every file under dist/api
 * is copied to dist/api/v1. /api/ is the latest version; /api/v1/ stays stable for version 1.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function versionedApi(): AstroIntegration {
  return {
    name: 'versioned-api',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const api = join(fileURLToPath(dir), 'api');
        if (!existsSync(api)) return;
        const v1 = join(api, 'v1');
        rmSync(v1, { recursive: true, force: true });
        // Node will not copy a folder into itself, so copy its entries one by one.
        for (const name of readdirSync(api)) cpSync(join(api, name), join(v1, name), { recursive: true });
      },
    },
  };
}
