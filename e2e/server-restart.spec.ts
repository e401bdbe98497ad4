import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// A server of this test's own (not the shared one), so it can really be stopped and started again.
const PORT = 3160;
const DATA_DIR = '.masthead/e2e-restart';
const BASE = `http://localhost:${PORT}`;

function startServer(): ChildProcess {
  return spawn('npm', ['start'], {
    detached: true, // its own process group, so stopping it stops next too
    stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: '', MASTHEAD_DATA_DIR: DATA_DIR, LOG_LEVEL: 'warn' },
  });
}

async function waitUntilServing() {
  await expect
    .poll(async () => (await fetch(`${BASE}/signin`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [500] })
    .toBe(200);
}

async function stopServer(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid!, 'SIGTERM');
  await exited;
}

test('the server stopped mid-edit and started again: nothing typed is lost', async ({ browser }) => {
  test.setTimeout(240_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  let server = startServer();
  try {
    await waitUntilServing();
    const context = await browser.newContext({ baseURL: BASE });
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

    await stopServer(server);
    await page.keyboard.type(' During the outage.');
    await expect(page.getByTestId('save-status')).toHaveText('Offline — retrying');

    server = startServer();
    await waitUntilServing();
    await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 30_000 });
    await page.reload();
    await expect(body).toHaveText('Before the outage. During the outage.');
    await context.close();
  } finally {
    await stopServer(server).catch(() => {});
  }
});
