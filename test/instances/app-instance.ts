import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_PRELOAD } from '../../scripts/lib/supervise-server';

const nextBin = path.resolve('node_modules/next/dist/bin/next');

/** A free TCP port on 127.0.0.1, as the OS hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type RunningProcess = { url: string; stop: () => Promise<void>; /** The server's process id (its memory is read by the co-editing benchmark). */ pid?: number };

/** Runs a command with `env` added, its output in `logFile` (kept for a failing run), until stopped. */
function startProcess(command: string[], env: Record<string, string>, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  const [bin = '', ...args] = command;
  const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
}

/**
 * `next start` of the production build in .next, as `npm start` runs it (with the server preload: cached
 * public pages get their nonce and withdrawn articles their 410 there), on its own port (a free one unless
 * given), answering once /signin does.
 */
export async function startAppInstance(env: Record<string, string>, logFile: string, fixedPort?: number): Promise<RunningProcess> {
  const port = fixedPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = startProcess([process.execPath, '--require', SERVER_PRELOAD, nextBin, 'start', '--port', String(port)], { ...env, NEXTAUTH_URL: url }, logFile);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    const up = await fetch(`${url}/signin`).then((response) => response.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within a minute; see ${logFile}`);
    await sleep(250);
  }
  return { url, pid: child.pid, stop: () => stopProcess(child) };
}

/** `npm run worker` (the scheduler on its own), until stopped. */
export function startWorker(env: Record<string, string>, logFile: string): RunningProcess {
  const child = startProcess([process.execPath, path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/worker.ts'], env, logFile);
  return { url: '', stop: () => stopProcess(child) };
}
