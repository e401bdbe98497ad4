/**
 * `npm test`: the whole suite, as CI runs it.
 *  1. Unit tests (Vitest).
 *  2. Integration tests on the embedded database (PGlite), as on a new laptop.
 *  3. The same integration tests on PostgreSQL, when one answers at TEST_DATABASE_URL (default
 *     postgresql://postgres@127.0.0.1:5432/postgres). Required under CI.
 *  4. A production build, then the Playwright suite against it in Chromium.
 * Ends with one line "N passed, N failed" summed over every runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { checkDatabase } from '../server/db/check-database';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
const reports = 'test-results/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${step} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(step);
  return result.status === 0;
}

function vitest(step: string, project: string, report: string, env: Record<string, string> = {}) {
  const outputFile = `${reports}/${report}.json`;
  run(step, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`], env);
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

vitest('Unit tests', 'unit', 'unit');
vitest('Integration tests: embedded PGlite', 'integration', 'integration-pglite', { TEST_DATABASE_URL: '' });

const postgresUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const postgresUp = await checkDatabase(postgresUrl, { timeoutMs: 2_000 }).then(
  () => true,
  (error: Error) => {
    console.log(`\nPostgreSQL is not reachable (${error.message}).`);
    return false;
  },
);
if (postgresUp) {
  vitest('Integration tests: PostgreSQL', 'integration', 'integration-postgres', { TEST_DATABASE_URL: postgresUrl });
} else if (process.env.CI) {
  failedSteps.push('Integration tests: PostgreSQL (required under CI, not reachable)');
} else {
  console.log('Skipping the PostgreSQL run of the integration tests on this machine.');
}

if (run('Production build', 'npx', ['next', 'build'])) {
  run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json`,
  });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`${reports}/e2e.json`);
  if (e2e) {
    total.passed += e2e.stats.expected + e2e.stats.flaky;
    total.failed += e2e.stats.unexpected;
    total.skipped += e2e.stats.skipped;
  }
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length || total.failed ? 1 : 0);
