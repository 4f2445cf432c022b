import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Three projects: `unit` (pure logic and content rules, no build needed), `components` (Astro
 * components rendered with the container API, on Astro's Vite config) and `site` (the built site
 * and the fixture site, without a browser; run after `npm run build` and `npm run build:fixture`).
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      // Unit tests share modules between files (no state leaks: they take data as arguments).
      {
        extends: true,
        test: { name: 'unit', isolate: false, include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      getViteConfig({
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      }),
      // Checking every built page takes seconds per check; give a loaded machine room. npm run test:site runs
      // its files on two workers (Vitest leaves one core idle by default; nothing else runs in that stage).
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
