import { rmSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { killOwnServer, startOwnServer, stopOwnServer, waitUntilServing } from './support/own-server';

const DATA_DIR = '.masthead/e2e-restart';

test('the server stopped mid-edit and started again: nothing typed is lost', async ({ browser }) => {
  test.setTimeout(900_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  let server = startOwnServer({ dataDir: DATA_DIR });
  try {
    await waitUntilServing(server);
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill('olha@example.com');
    await page.getByLabel('Password').fill('masthead-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill('Written across a restart');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await page.keyboard.type('Before the outage.');
    await expect(page.getByTestId('save-status')).toContainText('Saved');

    // A requested stop: npm start ends with 0, and nothing of the old server is left to answer.
    expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });
    await page.keyboard.type(' During the outage.');
    await expect(page.getByTestId('save-status')).toContainText('Offline');

    server = startOwnServer({ dataDir: DATA_DIR });
    await waitUntilServing(server);
    await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });
    await page.reload();
    await expect(body).toHaveText('Before the outage. During the outage.');
    await context.close();
    expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });
  } finally {
    await killOwnServer(server);
  }
});
