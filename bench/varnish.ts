import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderEdgeVcl, type EdgeVclOptions } from '../server/cache/edge-vcl';
import { PURGE_METHOD } from '../server/cache/surrogate-keys';
import { freePort } from '../test/instances/app-instance';

/**
 * A throwaway varnishd running varnish/masthead.vcl in front of an app, for the benchmark and the edge
 * tests: its own working directory under the system's temp folder (removed by stopVarnish), its own `-n`
 * name, in the foreground (`-F`) as a child of this process, in a process group of its own so nothing of
 * it outlives stopVarnish.
 */
export type RunningVarnish = {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** The bearer token its VCL accepts for purges. */
  readonly purgeToken: string;
  /** varnishd's output so far (for a failure message). */
  output: () => string;
};

type Handle = RunningVarnish & { stop: () => Promise<void> };
const running = new WeakMap<RunningVarnish, Handle>();

export const VARNISH_MISSING =
  'varnishd was not found. The edge cache tests and benchmark need Varnish with the xkey vmod: `apt-get install -y varnish varnish-modules` (Debian/Ubuntu).';

/** Whether varnishd can be run here. */
export function varnishInstalled(): boolean {
  return !spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).error;
}

export async function startVarnish({
  backendPort,
  port,
  backendHost = '127.0.0.1',
  purgeToken = randomBytes(24).toString('base64url'),
  vcl = {},
  params = [],
}: {
  backendPort: number;
  /** Default: a free port. */
  port?: number;
  backendHost?: string;
  purgeToken?: string;
  /** More VCL options (TTLs, the purge ACL). */
  vcl?: Partial<Omit<EdgeVclOptions, 'backendHost' | 'backendPort' | 'purgeToken'>>;
  /** More varnishd parameters, e.g. ['thread_pool_min=10']. */
  params?: string[];
}): Promise<RunningVarnish> {
  if (!varnishInstalled()) throw new Error(VARNISH_MISSING);
  const listen = port ?? (await freePort());
  const workDir = mkdtempSync(path.join(tmpdir(), 'masthead-varnish-'));
  // Started as root, varnishd reads the VCL as its own unprivileged user.
  chmodSync(workDir, 0o755);
  const vclFile = path.join(workDir, 'masthead.vcl');
  writeFileSync(vclFile, renderEdgeVcl({ backendHost, backendPort, purgeToken, ...vcl }));
  const args = ['-F', '-a', `127.0.0.1:${listen}`, '-f', vclFile, '-n', path.join(workDir, 'state'), '-s', 'malloc,256m'];
  for (const param of params) args.push('-p', param);
  const child = spawn('varnishd', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = `http://127.0.0.1:${listen}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child.pid, 'SIGTERM');
      const killed = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
      if (killed) {
        signalGroup(child.pid, 'SIGKILL');
        await exited;
      }
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  const handle: Handle = { url, port: listen, purgeToken, output: () => output, stop };
  try {
    // Ready once its VCL answers: a purge without the token is refused by Varnish itself.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`varnishd exited before serving:\n${output}`);
      const status = await fetch(url, { method: PURGE_METHOD }).then((response) => response.status, () => 0);
      if (status === 403) break;
      if (Date.now() > deadline) throw new Error(`varnishd did not answer within 30 s:\n${output}`);
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  running.set(handle, handle);
  return handle;
}

/** Stops the varnishd (its whole process group) and removes its working directory. */
export async function stopVarnish(varnish: RunningVarnish | undefined): Promise<void> {
  if (!varnish) return;
  await running.get(varnish)?.stop();
  running.delete(varnish);
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
