/**
 * `npm test`: the whole suite, as CI runs it.
 *  1. Unit tests (Vitest).
 *  2. Integration tests on the embedded database (PGlite), as on a new laptop.
 *  3. The same integration tests on PostgreSQL, when one answers at TEST_DATABASE_URL (default
 *     postgresql://postgres@127.0.0.1:5432/postgres). Required under CI.
 *  4. A production build; two `next start` instances of it sharing PostgreSQL and the Redis at
 *     TEST_REDIS_URL (default redis://127.0.0.1:6379) for the shared cache (required under CI); then the
 *     Playwright suite against it in Chromium.
 *  5. Varnish (varnish/masthead.vcl) in front of a stand-in app and of the build (needs varnishd with the
 *     xkey vmod, and PostgreSQL; required under CI, which installs Varnish).
 *  6. The benchmarks' smoke (`npm run bench -- --smoke`, on PostgreSQL): each scenario runs a few seconds and
 *     must count 0 errors; not timed. Each measurement counts as a test.
 * Ends with what each failed step said of its failure (scripts/lib/failure-excerpt.ts: CI keeps only a log's
 * last part), then one line "N passed, N failed" summed over every runner, after naming any step not run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createClient } from 'redis';
import { VARNISH_MISSING, varnishInstalled } from '../bench/varnish';
import { checkDatabase } from '../server/db/check-database';
import { failureExcerpt } from './lib/failure-excerpt';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
/** What each failed step said about its failure, printed again at the end (failure-excerpt.ts). */
const failureExcerpts: { step: string; lines: string[] }[] = [];
const notRun: string[] = [];
const reports = 'test-results/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Runs a step, its output shown as it comes and kept, so that a failure can be told again at the end. */
async function run(step: string, command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n=== ${step} ===`);
  const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output.push(chunk.toString());
  });
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    output.push(chunk.toString());
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) {
    failedSteps.push(step);
    failureExcerpts.push({ step, lines: failureExcerpt(output.join('')) });
  }
  return status === 0;
}

async function vitest(step: string, project: string, report: string, env: Record<string, string> = {}) {
  const outputFile = `${reports}/${report}.json`;
  await run(step, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`], env);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(outputFile);
  if (!json) return;
  total.passed += json.numPassedTests;
  total.failed += json.numFailedTests;
  total.skipped += json.numPendingTests + json.numTodoTests;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

await vitest('Unit tests', 'unit', 'unit');
await vitest('Integration tests: embedded PGlite', 'integration', 'integration-pglite', { TEST_DATABASE_URL: '' });

const postgresUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const postgresUp = await checkDatabase(postgresUrl, { timeoutMs: 2_000 }).then(
  () => true,
  (error: Error) => {
    console.log(`\nPostgreSQL is not reachable (${error.message}).`);
    return false;
  },
);
if (postgresUp) {
  await vitest('Integration tests: PostgreSQL', 'integration', 'integration-postgres', { TEST_DATABASE_URL: postgresUrl });
} else if (process.env.CI) {
  failedSteps.push('Integration tests: PostgreSQL (required under CI, not reachable)');
} else {
  console.log('Skipping the PostgreSQL run of the integration tests on this machine.');
  notRun.push('integration tests on PostgreSQL (not reachable)');
}

/** Whether a Redis answers at `url` within two seconds (the reason printed when not). */
async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on('error', () => {}); // the failed connect below reports it
  try {
    await client.connect();
    await client.ping();
    await client.quit();
    return true;
  } catch (error) {
    console.log(`\nRedis is not reachable at ${url} (${(error as Error).message}).`);
    return false;
  }
}

if (await run('Production build', 'npx', ['next', 'build'])) {
  const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const step = 'Two app instances sharing the cache (PostgreSQL + Redis)';
  if (postgresUp && (await redisAnswers(redisUrl))) {
    await vitest(step, 'instances', 'instances', { TEST_DATABASE_URL: postgresUrl, TEST_REDIS_URL: redisUrl });
  } else if (process.env.CI) {
    failedSteps.push(`${step} (required under CI; PostgreSQL or Redis not reachable)`);
  } else {
    console.log(`\nNOT RUN: ${step}: it needs PostgreSQL at ${postgresUrl} and Redis at ${redisUrl}.`);
    notRun.push(`${step} (PostgreSQL or Redis not reachable)`);
  }
  const edgeStep = 'Edge cache: Varnish in front (a stand-in app, then the build on PostgreSQL)';
  if (postgresUp && varnishInstalled()) {
    await vitest(edgeStep, 'edge', 'edge', { TEST_DATABASE_URL: postgresUrl });
  } else if (process.env.CI) {
    failedSteps.push(`${edgeStep} (required under CI; ${postgresUp ? 'varnishd not installed' : 'PostgreSQL not reachable'})`);
  } else {
    console.log(`\nNOT RUN: ${edgeStep}: ${postgresUp ? VARNISH_MISSING : `it needs PostgreSQL at ${postgresUrl}.`}`);
    notRun.push(`${edgeStep} (${postgresUp ? 'varnishd not installed' : 'PostgreSQL not reachable'})`);
  }
  await run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json`,
  });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`${reports}/e2e.json`);
  if (e2e) {
    total.passed += e2e.stats.expected + e2e.stats.flaky;
    total.failed += e2e.stats.unexpected;
    total.skipped += e2e.stats.skipped;
  }
  if (postgresUp) {
    const tallyFile = `${reports}/bench-smoke.json`;
    await run('Benchmarks smoke (not timed)', 'npx', ['tsx', 'bench/run.ts', '--smoke', '--no-build', `--report=${tallyFile}`]);
    const tally = readJson<Tally>(tallyFile);
    if (tally) {
      total.passed += tally.passed;
      total.failed += tally.failed;
      total.skipped += tally.skipped;
    }
  } else {
    notRun.push('benchmarks smoke (PostgreSQL not reachable)');
  }
}

console.log('');
if (notRun.length) console.log(`NOT RUN on this machine: ${notRun.join('; ')}`);
for (const { step, lines } of failureExcerpts) console.log(`\n--- What "${step}" said of its failure ---\n${lines.join('\n')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length || total.failed ? 1 : 0);
