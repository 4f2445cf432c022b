import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/) and against a second build from fixture content
 * with hostile entries (.fixture/dist), both served on 127.0.0.1 by `astro preview`, in Debian's
 * Chromium. They cover what only a browser can: axe, interaction, print and layout.
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
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Astro's preview server, which sends the security headers of src/site.ts.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${FIXTURE_PORT}`,
      env: { KB_OUT_DIR: '.fixture/dist', KB_CONTENT_DIR: '.fixture/content' },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
