import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic and content rules, no build needed) and `site` (the built site
 * and the fixture site, without a browser; run after `npm run build` and `npm run build:fixture`).
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
