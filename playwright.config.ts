import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/) and against a second build from fixture content
 * with hostile entries (.fixture/dist), both served on 127.0.0.1, in Debian's Chromium.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4322);
export const FIXTURE_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs dist ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false, timeout: 30_000 },
    { command: `node scripts/serve.mjs .fixture/dist ${FIXTURE_PORT}`, url: `http://127.0.0.1:${FIXTURE_PORT}/`, reuseExistingServer: false, timeout: 30_000 },
  ],
});
