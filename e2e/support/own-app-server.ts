import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect } from '@playwright/test';

/**
 * An app server of a spec's own (`npm start` on a fresh embedded database), for journeys that need the
 * app started with a different environment than the shared one Playwright starts.
 */
export async function startOwnAppServer({
  port,
  dbPort,
  dataDir,
  env,
}: {
  port: number;
  dbPort: number;
  dataDir: string;
  env: Record<string, string>;
}): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  rmSync(dataDir, { recursive: true, force: true });
  const server: ChildProcess = spawn('npm', ['start'], {
    detached: true, // its own process group, so stopping it stops next and the database too
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), DATABASE_URL: '', MASTHEAD_DATA_DIR: dataDir, MASTHEAD_DB_PORT: String(dbPort), LOG_LEVEL: 'warn', ...env },
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const baseURL = `http://localhost:${port}`;
  const stop = async () => {
    if (hasExited) return;
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  };
  try {
    await expect
      .poll(
        async () => {
          // A server that stopped (e.g. its port was taken) fails the test at once, saying so.
          if (hasExited) throw new Error(`The app on port ${port} exited before it served.`);
          return (await fetch(`${baseURL}/signin`).catch(() => null))?.status ?? 0;
        },
        { timeout: 240_000, intervals: [1000] },
      )
      .toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
