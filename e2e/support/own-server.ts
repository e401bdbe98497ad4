import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { expect } from '@playwright/test';
import { E2E_OWN_SERVER_PORT } from './environment';

/**
 * `npm start` run by a spec itself (not the shared server), so it can really be stopped, killed and started
 * again: in a process group of its own, its output kept for the failure message, its exit recorded.
 * On a loaded machine every step here waits for a condition: serving, exited, and then its whole process
 * group gone and its port closed, so the next start never meets the last one's leftovers.
 */
export type OwnServer = {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Resolves with npm's exit (also when it already happened). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
};

export function startOwnServer(options: { dataDir: string; env?: Record<string, string>; port?: number }): OwnServer {
  const port = options.port ?? E2E_OWN_SERVER_PORT;
  const child = spawn('npm', ['start'], {
    detached: true, // its own process group: signals reach npm, the database's owner and next alike
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      MASTHEAD_DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, port, url: `http://localhost:${port}`, exited, output: () => output };
}

/** Waits until /signin answers 200, failing at once (with npm's output) if the server exits first. */
export async function waitUntilServing(server: OwnServer, timeout = 420_000): Promise<void> {
  await expect
    .poll(
      async () => {
        if (server.child.exitCode !== null || server.child.signalCode !== null) {
          throw new Error(`npm start exited (${server.child.exitCode ?? server.child.signalCode}) before serving:\n${server.output()}`);
        }
        return (await fetch(`${server.url}/signin`).catch(() => null))?.status ?? 0;
      },
      { timeout, intervals: [250] },
    )
    .toBe(200);
}

/**
 * Sends `signal` to the server's whole process group and waits until npm has exited, no process of the
 * group is left, and the port is closed. Returns npm's exit.
 */
export async function stopOwnServer(server: OwnServer, signal: NodeJS.Signals = 'SIGTERM') {
  signalGroup(server, signal);
  const exit = await server.exited;
  await waitUntilGone(server);
  return exit;
}

/** Waits until nothing of the server is left: no process in its group, nothing listening on its port. */
export async function waitUntilGone(server: OwnServer, timeout = 60_000): Promise<void> {
  await expect.poll(() => groupAlive(server), { timeout, intervals: [100], message: `process group of ${server.url}` }).toBe(false);
  await expect.poll(() => portOpen(server.port), { timeout, intervals: [100], message: `port ${server.port}` }).toBe(false);
}

/** For a spec's clean-up: whatever state the server is in, nothing of it is left afterwards. */
export async function killOwnServer(server: OwnServer): Promise<void> {
  signalGroup(server, 'SIGKILL');
  await server.exited;
  await waitUntilGone(server);
}

function signalGroup(server: OwnServer, signal: NodeJS.Signals) {
  try {
    process.kill(-server.child.pid!, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // the group is already gone
  }
}

function groupAlive(server: OwnServer): boolean {
  try {
    process.kill(-server.child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
