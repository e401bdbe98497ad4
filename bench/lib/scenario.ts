import type { Db } from '../../server/db/client';

/** What every scenario of `npm run bench` is given: the running app and how long to measure. */
export type BenchContext = {
  /** `--smoke`: a few seconds per scenario, to show it runs and counts no errors (not timed). */
  smoke: boolean;
  /** Interleaved rounds (baseline, app, baseline, app…) whose medians are reported. */
  rounds: number;
  /** Seconds each load round lasts. */
  seconds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** The two app instances (production build, `next start`), both with the scheduler; a worker runs too. */
  appUrls: readonly [string, string];
  /** The first instance's process id (for its memory). */
  appPid: number;
  /** The throwaway database they share, with demo data and an archive of `archiveSize` articles. */
  db: Db;
  dbUrl: string;
  archiveSize: number;
  /** Ports of this run's range left for a scenario's own servers (Varnish, bare baselines). */
  sparePorts: { varnish: number; embeddedApp: number; embeddedDb: number; bareCollab: number };
  log: (line: string) => void;
};

/**
 * One measured line: the app against a bare baseline in the same run. `ratio` is app / baseline, so for a
 * throughput above 1 is better than the baseline, and for a duration or latency below 1 is.
 */
export type Measurement = {
  name: string;
  metric: string;
  app: number;
  baseline: number;
  ratio: number;
  /** 5xx, non-2xx, socket errors and timeouts, duplicates: whatever the scenario counts as wrong. */
  errors: number;
  note?: string;
};

/** A scenario that could not run here, said out loud (never skipped silently). */
export type NotRun = { name: string; notRun: string };

export type ScenarioOutcome = Measurement | NotRun;

export type Scenario = {
  name: string;
  run: (ctx: BenchContext) => Promise<ScenarioOutcome[]>;
};

/** A scenario's outcomes with the machine's load average before and after it. */
export type ScenarioReport = { scenario: string; outcomes: ScenarioOutcome[]; loadBefore: string; loadAfter: string; seconds: number };

export function measured(name: string, metric: string, app: number, baseline: number, errors: number, note?: string): Measurement {
  return { name, metric, app, baseline, ratio: baseline ? app / baseline : Number.NaN, errors, ...(note && { note }) };
}
