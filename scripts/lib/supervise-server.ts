import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Runs the app server as a child process and ties the two lives together, so a supervisor (systemd,
 * Docker, Kubernetes, pm2) can rely on `npm start`'s exit:
 *  - SIGINT, SIGTERM or SIGHUP to us: a requested stop. The server gets SIGTERM (Next closes the port and
 *    finishes the requests under way), and SIGKILL if it has not exited after STOP_GRACE_MS.
 *  - The server exits without being asked (a crash, `kill -9`, the OOM killer): an unexpected stop, which
 *    the caller reports with a non-zero exit so the supervisor restarts it.
 *  - We die, even by `kill -9`: the server notices (server-preload.cjs) and stops. Our parent (npm)
 *    dies: we stop the server and exit.
 */
export type ServerStop = {
  requested: boolean;
  /** What asked for the stop: a signal to us, or our parent (npm) gone. */
  requestedBy: NodeJS.Signals | 'parent gone' | null;
  code: number | null;
  signal: NodeJS.Signals | null;
};

const STOP_GRACE_MS = 20_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** What every app server runs with (server-preload.cjs): tests that start `next start` themselves use it too. */
export const SERVER_PRELOAD = path.resolve('scripts/lib/server-preload.cjs');

export function superviseServer(command: { args: string[]; env: NodeJS.ProcessEnv; onStart?: (child: ChildProcess) => void }): Promise<ServerStop> {
  const child = spawn(process.execPath, ['--require', SERVER_PRELOAD, ...command.args], {
    // The fourth stream is the IPC channel whose closing tells the server we are gone.
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: command.env,
  });
  command.onStart?.(child);
  let requestedBy: ServerStop['requestedBy'] = null;
  const stop = (by: NonNullable<ServerStop['requestedBy']>) => {
    if (requestedBy) return;
    requestedBy = by;
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  };
  // Kept after the server exits too: a stop signal then must not cut short closing the embedded database.
  for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));
  // Our own parent (npm) gone, e.g. killed with SIGKILL: we are orphaned, and stop too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop('parent gone'), 1_000).unref();

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ requested: requestedBy !== null, requestedBy, code, signal }));
  });
}

/** "Ctrl+C" / "SIGTERM", for the line saying a requested stop is done (not a crash, whatever Next's exit code). */
export function describeRequest(stop: ServerStop): string {
  return stop.requestedBy === 'SIGINT' ? 'Ctrl+C' : (stop.requestedBy ?? 'a stop request');
}

/** "exited with code 1" / "was killed by SIGKILL", for the message of an unexpected stop. */
export function describeStop(stop: ServerStop): string {
  return stop.signal ? `was killed by ${stop.signal}` : `exited with code ${stop.code}`;
}
