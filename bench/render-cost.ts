/**
 * `npx tsx bench/render-cost.ts` (after `npx next build`): the CPU one cold public page costs the server,
 * which bounds how fast 1,000 articles going live at once can all be served (issue 11; BENCHMARKS.md, "The
 * budget, in numbers"). Starts one `next start` on BENCH_PORT (3400) on a throwaway PostgreSQL database
 * with the demo data and PAGES (300) published copies of the fixture article, the pages the scheduler
 * scenario serves (bench/lib/fixture-copies.ts), and asks for pages never asked before, two at a time,
 * reading the server's CPU time (/proc) around each batch:
 *  - such an article page (the fixture's 31 KB body, byline, section, JSON-LD), against
 *  - the baseline: an address with no article, the cheapest page the same route renders (Next's work for an
 *    ISR page under the public layout, with the one read that finds nothing).
 * Batches of the two alternate, so a change in the machine's load shows in both. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { createDb } from '../server/db/client';
import { seedDemoData } from '../server/seed/seed-demo-data';
import { startBenchApp } from './autosave-app';
import { insertFixtureCopies } from './lib/fixture-copies';

const PAGES = Number(process.env.PAGES ?? 300);
const BATCH = 50;
const WARM_UP = 40;
const port = Number(process.env.BENCH_PORT ?? 3400);

const app = await startBenchApp({ port, embedded: false });
try {
  const db = createDb(app.databaseUrl, { poolSize: 2 });
  await seedDemoData(db);
  await insertFixtureCopies(db, { prefix: 'render-cost-', count: PAGES + WARM_UP, state: 'PUBLISHED' });
  await db.$disconnect();
  const pid = Number(/pid=(\d+)/.exec(execSync(`ss -ltnpH 'sport = :${port}'`).toString())![1]);
  const load = loadavg()[0]!.toFixed(2);

  // The first renders load and compile the route's code: not counted.
  await coldRenders(Array.from({ length: WARM_UP }, (_, n) => `/articles/render-cost-${PAGES + n + 1}`), pid);
  await coldRenders(Array.from({ length: WARM_UP }, (_, n) => `/articles/no-such-article-warm-${n}`), pid);

  let articleMs = 0;
  let missingMs = 0;
  for (let from = 0; from < PAGES; from += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, PAGES - from) }, (_, n) => from + n + 1);
    articleMs += await coldRenders(numbers.map((n) => `/articles/render-cost-${n}`), pid, 200);
    missingMs += await coldRenders(numbers.map((n) => `/articles/no-such-article-${n}`), pid, 404);
  }
  const article = articleMs / PAGES;
  const missing = missingMs / PAGES;
  console.log(`${PAGES} cold renders of each, two at a time, one instance; ${cpus().length} cores; load ${load} at the start`);
  console.log(`${'page'.padEnd(66)} ${'CPU ms'.padStart(7)} ${'× baseline'.padStart(11)}`);
  console.log(`${'baseline: an address with no article (404)'.padEnd(66)} ${missing.toFixed(1).padStart(7)} ${'1.00'.padStart(11)}`);
  console.log(`${'a copy of the fixture article (as the scheduler scenario serves)'.padEnd(66)} ${article.toFixed(1).padStart(7)} ${(article / missing).toFixed(2).padStart(11)}`);
  console.log(`1,000 new article pages: ${article.toFixed(1)} s of CPU, ${(article / cpus().length).toFixed(1)} s on all ${cpus().length} cores with nothing else running`);
} finally {
  await app.stop();
}

/** Asks for each path once, two at a time; the server's CPU-ms spent meanwhile. Any other status than `expected` stops the run. */
async function coldRenders(paths: readonly string[], pid: number, expected?: number): Promise<number> {
  const queue = [...paths];
  const before = serverCpuMs(pid);
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const response = await fetch(`http://127.0.0.1:${port}${next}`);
      await response.arrayBuffer();
      if (expected !== undefined && response.status !== expected) throw new Error(`${next} answered ${response.status}, not ${expected}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return serverCpuMs(pid) - before;
}

/** The server's user + system CPU so far, in ms (fields 14 and 15 of /proc/PID/stat, in 10 ms ticks). */
function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
