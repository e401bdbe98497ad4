/**
 * `npx tsx bench/varnish-article.ts [APP_URL] [ARTICLE_PATH]`: the article page through Varnish
 * (varnish/masthead.vcl in front of a running app) against a bare Node server answering the same bytes, at
 * 20 connections, in interleaved rounds; prints requests per second of each and the ratio (median of the
 * rounds). The app must be running already (e.g. `npm start`); without ARTICLE_PATH the first article
 * linked from its front page is used.
 */
import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { startVarnish, stopVarnish } from './varnish';

const CONNECTIONS = 20;
const ROUND_MS = 5_000;
const ROUNDS = 3;

/** Requests answered per second by `url` with CONNECTIONS keep-alive connections for `ms`. */
export async function requestsPerSecond(url: string, ms = ROUND_MS, connections = CONNECTIONS): Promise<{ rps: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + ms;
  let done = 0;
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = request(url, { agent }, (response) => {
        if (response.statusCode !== 200) errors++;
        response.on('data', () => {}).on('end', () => resolve());
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await one();
        done++;
      }
    }),
  );
  agent.destroy();
  return { rps: Math.round((done * 1000) / (performance.now() - start)), errors };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const appUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  let articlePath = process.argv[3];
  if (!articlePath) {
    const home = await (await fetch(appUrl)).text();
    articlePath = /href="(\/articles\/[^"]+)"/.exec(home)?.[1];
    if (!articlePath) throw new Error(`No article linked from ${appUrl}/`);
  }
  const page = await fetch(appUrl + articlePath);
  const bytes = Buffer.from(await page.arrayBuffer());
  const bare = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(bytes));
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const varnish = await startVarnish({ backendPort: Number(new URL(appUrl).port || 80) });
  try {
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}${articlePath}`;
    const edgeUrl = varnish.url + articlePath;
    await requestsPerSecond(edgeUrl, 1_000); // warm
    const results = { bare: [] as number[], varnish: [] as number[], errors: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const b = await requestsPerSecond(bareUrl);
      const v = await requestsPerSecond(edgeUrl);
      results.bare.push(b.rps);
      results.varnish.push(v.rps);
      results.errors += b.errors + v.errors;
    }
    const [bareRps, edgeRps] = [median(results.bare), median(results.varnish)];
    console.log(`article page ${articlePath} (${bytes.length} bytes), ${CONNECTIONS} connections, ${ROUNDS} rounds of ${ROUND_MS / 1000} s`);
    console.log(`bare Node: ${results.bare.join(', ')} req/s; through Varnish: ${results.varnish.join(', ')} req/s; errors: ${results.errors}`);
    console.log(`Varnish / bare Node (medians): ${edgeRps} / ${bareRps} = ${Math.round((edgeRps / bareRps) * 100)} %; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await stopVarnish(varnish);
    bare.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
