/**
 * `npx tsx bench/article-page.ts [appUrl] [path]`: requests per second of a public page of a running app
 * (default http://localhost:3000, the fixture article) against a bare Node server answering the same bytes,
 * at 20 connections, in interleaved rounds (bench/lib/article-page.ts). Load comes from the autocannon CLI
 * (`npx autocannon@9.0.0`, run in its own process). BENCH_ROUNDS (default 5) and BENCH_SECONDS (default 5).
 * Prints one JSON line with the medians, their ratio and the machine's load average. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fixtureArticle } from '../server/seed/fixture-article';
import { pageVersusBaseline } from './lib/article-page';

const appUrl = process.argv[2] ?? 'http://localhost:3000';
const path = process.argv[3] ?? `/articles/${fixtureArticle.slug}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 20;

async function autocannon(url: string): Promise<number> {
  const child = spawn('npx', ['--yes', 'autocannon@9.0.0', '--json', '-c', String(connections), '-d', String(seconds), url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(output) as { requests: { average: number }; non2xx: number; errors: number };
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

const before = loadavg();
const result = await pageVersusBaseline({ appUrl, path, rounds: Number(process.env.BENCH_ROUNDS ?? 5), load: autocannon });
console.log(JSON.stringify({ ...result, connections, seconds, cores: cpus().length, loadBefore: before.map((n) => n.toFixed(2)), loadAfter: loadavg().map((n) => n.toFixed(2)) }));
