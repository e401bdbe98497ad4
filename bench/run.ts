/**
 * `npm run bench`: the newsroom's hot paths under load, each against a bare baseline measured in the same
 * run, reported as ratios, written to BENCHMARKS.md with the machine, its CPU count and load average.
 * Builds and starts the production app itself (two `next start` instances + `npm run worker` on a throwaway
 * PostgreSQL database, Redis for the shared cache when it answers) and removes everything it started.
 *
 * `npm run bench -- --smoke`: a few seconds per scenario, not timed: checks that every scenario runs and
 * counts 0 errors (exit 1 otherwise); writes nothing. `--no-build` reuses the build in .next.
 * `--only=NAME[,NAME]` runs the scenarios whose names contain NAME (printed, BENCHMARKS.md left as it is). `--report=FILE` writes a JSON tally
 * ({ passed, failed, skipped }: a measurement with 0 errors passes, one not run is skipped) for npm test.
 *
 * BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_URL (default
 * redis://127.0.0.1:6379), BENCH_PORT (first of the app's ports; default 3460: instances on it and +1,
 * the embedded-database app on +2, Varnish on +6, the bare co-editing server on +7), BENCH_EMBEDDED_DB_PORT (its database; 55460), BENCH_ROUNDS (5), BENCH_SECONDS (10), BENCH_CONNECTIONS (20), BENCH_ARCHIVE (archive
 * articles; 100,000), BENCH_DUE (articles due at one instant; 1,000), BENCH_AUTOSAVE_SECONDS (every autosave run's length; 60 s, 180 s for 50 editors).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startBenchApp } from './lib/bench-app';
import { writeResults, writeTally } from './lib/results';
import type { BenchContext, Scenario, ScenarioOutcome, ScenarioReport } from './lib/scenario';
import { autosaveScenario, autosaveThroughput } from './scenarios/autosave';
import { deskSearch } from './scenarios/desk-search';
import { articlePage, homePage, rssFeed } from './scenarios/pages';
import { scheduler } from './scenarios/scheduler';
import { articleThroughVarnish } from './scenarios/varnish';
import { coEditing } from './scenarios/co-editing';

/** In this order: the read paths on a quiet app first, then the writers, the scheduler last (it adds articles). */
const SCENARIOS: Scenario[] = [
  articlePage,
  articleThroughVarnish,
  homePage,
  rssFeed,
  deskSearch,
  autosaveScenario(10, { seconds: 60 }),
  autosaveScenario(50, { seconds: 180 }),
  autosaveThroughput(20, { seconds: 60 }),
  autosaveScenario(10, { seconds: 60, embedded: true }),
  coEditing,
  scheduler,
];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const numberEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const firstPort = numberEnv('BENCH_PORT', 3460);
const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function main() {
  const started = new Date();
  const log = (line: string) => console.log(line);
  const scenarios = SCENARIOS.filter((s) => !only || only.some((name) => s.name.includes(name)));
  const app = await startBenchApp({
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    ports: [firstPort, firstPort + 1],
    archiveSize: numberEnv('BENCH_ARCHIVE', smoke ? 2_000 : 100_000),
    build: !args.includes('--no-build'),
    log,
  });
  const stopOnSignal = () => void app.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const ctx: BenchContext = {
    smoke,
    rounds: smoke ? 1 : numberEnv('BENCH_ROUNDS', 5),
    seconds: smoke ? 4 : numberEnv('BENCH_SECONDS', 10),
    connections: numberEnv('BENCH_CONNECTIONS', 20),
    appUrls: app.appUrls,
    appPid: app.appPid,
    db: app.db,
    dbUrl: app.dbUrl,
    archiveSize: numberEnv('BENCH_ARCHIVE', smoke ? 2_000 : 100_000),
    sparePorts: { varnish: firstPort + 6, embeddedApp: firstPort + 2, embeddedDb: numberEnv('BENCH_EMBEDDED_DB_PORT', 55460), bareCollab: firstPort + 7 },
    log,
  };
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of scenarios) {
      log(`\n== ${scenario.name} (load ${loadAverage()})`);
      const loadBefore = loadAverage();
      const t0 = performance.now();
      let outcomes: ScenarioOutcome[];
      try {
        outcomes = await scenario.run(ctx);
      } catch (error) {
        // A scenario that throws is reported as failed with one error, and the others still run.
        log(`  FAILED: ${(error as Error).stack ?? String(error)}`);
        outcomes = [{ name: scenario.name, metric: 'failed', app: Number.NaN, baseline: Number.NaN, ratio: Number.NaN, errors: 1, note: (error as Error).message }];
      }
      reports.push({ scenario: scenario.name, outcomes, loadBefore, loadAfter: loadAverage(), seconds: (performance.now() - t0) / 1000 });
      for (const outcome of outcomes) log(`  ${describe(outcome)}`);
    }
  } finally {
    await app.stop();
  }
  const machine = { cpu: cpus()[0]?.model ?? '?', cpus: cpus().length, memoryGb: totalmem() / 2 ** 30, node: process.version, postgres: app.postgresVersion, redis: app.redis };
  const settings = { rounds: ctx.rounds, seconds: ctx.seconds, connections: ctx.connections, archive: ctx.archiveSize };
  const errors = reports.flatMap((r) => r.outcomes).reduce((sum, o) => sum + ('errors' in o ? o.errors : 0), 0);
  const notRun = reports.flatMap((r) => r.outcomes).filter((o) => 'notRun' in o);
  const report = args.find((arg) => arg.startsWith('--report='))?.slice('--report='.length);
  if (report) writeTally(report, reports);
  // BENCHMARKS.md holds whole runs only: with --only the results are printed, not written.
  const write = !smoke && !only;
  if (write) writeResults('BENCHMARKS.md', { started, machine, settings, reports });
  log(`\n${reports.length} scenarios; errors: ${errors}; not run: ${notRun.length ? notRun.map((o) => `${o.name} (${o.notRun})`).join('; ') : 'none'}`);
  if (write) log('Results written to BENCHMARKS.md.');
  process.exitCode = errors > 0 ? 1 : 0;
}

function describe(outcome: ScenarioOutcome): string {
  if ('notRun' in outcome) return `${outcome.name}: not run: ${outcome.notRun}`;
  const n = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 100 ? 2 : 0) : '—');
  return `${outcome.name}: app ${n(outcome.app)} ${outcome.metric}, baseline ${n(outcome.baseline)}, ratio ${n(outcome.ratio)}, errors ${outcome.errors}${outcome.note ? ` (${outcome.note})` : ''}`;
}

await main();
