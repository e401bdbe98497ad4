import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { E2E_DATA_DIR, E2E_SECOND_START_PORT } from './support/environment';

test('a second `npm start` on the same data folder stops with a clear message, and the first keeps serving', async ({ page }) => {
  const second = spawnSync('npm', ['start'], {
    env: { ...process.env, DATABASE_URL: '', MASTHEAD_DATA_DIR: E2E_DATA_DIR, PORT: String(E2E_SECOND_START_PORT) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(second.status).not.toBe(0);
  expect(second.stderr).toContain(`The embedded database in ${E2E_DATA_DIR} is already in use by another Masthead process`);
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
