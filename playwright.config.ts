import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/chromium.ts';

const launchOptions = chromiumLaunchOptions();

// PW_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4329);
const BASE = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers even on a two-core machine: the tests mostly wait on the browser.
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    // A trace costs about a fifth of the suite's CPU even when it is thrown away; CI keeps nothing
    // but its log, so only local runs record one (tests on a worker's shared page record none:
    // tests/e2e/fixtures.ts).
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // Serves the already-built dist/: `npm test` builds first.
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
