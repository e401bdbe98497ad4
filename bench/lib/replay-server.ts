import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';

/** One recorded answer: the exact status, headers and bytes the app returned for a URL. */
export type RecordedResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer };

/** Headers that belong to one connection or one moment, not to the answer. */
const PER_CONNECTION = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/**
 * GETs `url` as the load generator does (no Accept-Encoding, so the same uncompressed bytes), with
 * `headers` (e.g. a session cookie), and keeps the answer.
 */
export function recordResponse(url: string, headers: Record<string, string> = {}): Promise<RecordedResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: keepHeaders(res.headers), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function keepHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !PER_CONNECTION.has(name)) kept[name] = value;
  return kept;
}

/**
 * The bare baseline: a `node:http` server that answers each recorded path with exactly the recorded
 * status, headers and bytes (any method), and 404 otherwise. Nothing else: what the hardware and Node give
 * for the same bytes, in the same run.
 */
export async function startReplayServer(responses: Map<string, RecordedResponse>, port = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume(); // a POST's body is read and dropped
    req.on('end', () => {
      const recorded = responses.get(req.url ?? '');
      if (!recorded) return res.writeHead(404).end();
      res.writeHead(recorded.status, { ...recorded.headers, 'content-length': recorded.body.length });
      res.end(recorded.body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * startReplayServer in a child process of its own (bench/lib/replay-child.ts), as the app runs in its own:
 * the load generator in this process then competes with neither.
 */
export async function startReplayProcess(responses: Map<string, RecordedResponse>): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-replay-'));
  const file = path.join(dir, 'responses.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries([...responses].map(([url, r]) => [url, { ...r, body: r.body.toString('base64') }]))));
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('bench/lib/replay-child.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the baseline server exited (${code}) before serving`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
