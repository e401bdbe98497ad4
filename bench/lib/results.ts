import { writeFileSync } from 'node:fs';
import type { ScenarioReport } from './scenario';

type RunFacts = {
  started: Date;
  machine: { cpu: string; cpus: number; memoryGb: number; node: string; postgres: string; redis: boolean };
  settings: { rounds: number; seconds: number; connections: number; archive: number };
  reports: ScenarioReport[];
};

const number = (value: number) => (Number.isFinite(value) ? (value < 100 ? value.toFixed(2) : value.toFixed(0)) : '—');
const ratio = (value: number) => (Number.isFinite(value) ? (value < 0.1 ? `${(value * 100).toFixed(1)} %` : `${value.toFixed(2)}×`) : '—');

/** BENCHMARKS.md: how it was run, on what, under what load, and one table row per measurement. */
export function writeResults(file: string, { started, machine, settings, reports }: RunFacts) {
  const rows = reports.flatMap((report) =>
    report.outcomes.map((o) =>
      'notRun' in o
        ? `| ${o.name} | not run | | | | | ${report.loadBefore} | ${o.notRun} |`
        : `| ${o.name} | ${o.metric} | ${number(o.app)} | ${number(o.baseline)} | ${ratio(o.ratio)} | ${o.errors} | ${report.loadBefore} → ${report.loadAfter} |${o.note ? ` ${o.note} |` : ' |'}`,
    ),
  );
  const text = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts; how to run it: README, "Benchmarks"). Every line compares the app
with a bare baseline measured in the same run, in interleaved rounds (baseline, app, baseline, app…), medians:
for pages a bare \`node:http\` server answering the exact status, headers and bytes the app returned for that
URL; for the scheduler the same rows published by bare SQL statements; for autosave a bare server taking
the same POSTs. **ratio** = app / baseline: for req/s higher is better, for seconds and ms lower is.
Load average is the machine's 1/5/15-minute load before → after each scenario (other work was running).

- Run: ${started.toISOString()}
- Machine: ${machine.cpu}, ${machine.cpus} CPUs, ${machine.memoryGb.toFixed(1)} GB; Node ${machine.node}; PostgreSQL ${machine.postgres}; Redis shared cache: ${machine.redis ? 'yes' : 'no'}
- Load: ${settings.connections} connections, ${settings.rounds} rounds of ${settings.seconds} s per side; archive of ${settings.archive.toLocaleString('en')} articles

| scenario | metric | app | baseline | ratio | errors | load average | notes |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
  writeFileSync(file, text);
}

/** For npm test's summary: a measurement with 0 errors passed, one with errors (or that threw) failed, one not run was skipped. */
export function writeTally(file: string, reports: ScenarioReport[]) {
  const outcomes = reports.flatMap((report) => report.outcomes);
  const tally = {
    passed: outcomes.filter((o) => 'errors' in o && o.errors === 0).length,
    failed: outcomes.filter((o) => 'errors' in o && o.errors > 0).length,
    skipped: outcomes.filter((o) => 'notRun' in o).length,
  };
  writeFileSync(file, JSON.stringify(tally));
}
