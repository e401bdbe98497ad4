import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** Requests per second of one load round against `url` (autocannon, or whatever the caller runs). */
export type LoadRound = (url: string) => Promise<number>;

export type PageVersusBaseline = { path: string; bytes: number; app: number[]; baseline: number[]; appMedian: number; baselineMedian: number; ratio: number };

/**
 * The app's answer at `path` against a bare Node http server answering the same bytes (body and content
 * type) on every request, in the same run: rounds interleaved baseline, app, baseline, app… so a change in
 * the machine's load hits both alike; medians of each side and their ratio. The baseline runs in a process
 * of its own, as the app does, so neither shares a thread with the load generator.
 */
export async function pageVersusBaseline({ appUrl, path, rounds, load }: { appUrl: string; path: string; rounds: number; load: LoadRound }): Promise<PageVersusBaseline> {
  const answer = await fetch(new URL(path, appUrl));
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  const body = Buffer.from(await answer.arrayBuffer());
  const baseline = await bareServer(body, answer.headers.get('content-type') ?? 'text/html');
  try {
    const app: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < rounds; round++) {
      bare.push(await load(baseline.url));
      app.push(await load(new URL(path, appUrl).href));
    }
    const appMedian = median(app);
    const baselineMedian = median(bare);
    return { path, bytes: body.length, app, baseline: bare, appMedian, baselineMedian, ratio: appMedian / baselineMedian };
  } finally {
    baseline.child.kill();
    await once(baseline.child, 'exit');
  }
}

/** `node -e`: the smallest server there is, answering `body` to every request. */
async function bareServer(body: Buffer, contentType: string): Promise<{ url: string; child: ChildProcess }> {
  const source = `
    const body = Buffer.from(process.env.BODY, 'base64');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': process.env.CONTENT_TYPE, 'Content-Length': body.length });
      res.end(body);
    }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });`;
  const child = spawn(process.execPath, ['-e', source], { env: { ...process.env, BODY: body.toString('base64'), CONTENT_TYPE: contentType }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(child.stdout, 'data')) as unknown[];
  return { url: `http://127.0.0.1:${String(port).trim()}/`, child };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
