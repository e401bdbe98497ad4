import { defineConfig, devices } from '@playwright/test';
import { E2E_APP_PORT, E2E_DATA_DIR, E2E_DB_PORT } from './e2e/support/environment';

/**
 * End-to-end tests drive Debian's Chromium against the production build, started exactly as README tells
 * a new user: `npm start`, no DATABASE_URL, so the embedded database in a fresh data folder.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One app server with one embedded database: tests run one at a time against it.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `npm test` asks for a JSON report too (PLAYWRIGHT_JSON_OUTPUT_NAME) to sum up every runner's counts.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${E2E_APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && npm start`,
    url: `http://localhost:${E2E_APP_PORT}/signin`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(E2E_APP_PORT),
      DATABASE_URL: '',
      MASTHEAD_DATA_DIR: E2E_DATA_DIR,
      MASTHEAD_DB_PORT: String(E2E_DB_PORT),
      LOG_LEVEL: 'warn',
      // distribution.spec.ts's webhook receiver listens on this machine.
      MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES: 'true',
    },
  },
});
