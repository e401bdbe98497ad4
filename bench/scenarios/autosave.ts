import { runAutosaveBench } from '../autosave';
import { startBenchApp as startSingleApp } from '../autosave-app';
import { loadRound } from '../lib/load';
import { startReplayProcess } from '../lib/replay-server';
import { measured, type BenchContext, type Scenario } from '../lib/scenario';

/** A save as the editor sends it: the article's JSON, about 4 KB. */
const SAVE_BODY = JSON.stringify({ json: { id: '00000000-0000-7000-8000-000000000000', expectedVersion: 1, body: 'x'.repeat(4_000) } });
const SAVE_ANSWER = Buffer.from(JSON.stringify({ result: { data: { json: { version: 2, savedAt: new Date(0).toISOString() } } } }));
/** The bare server's p95 settles within seconds: it is not run for the app's whole (up to 3-minute) run. */
const BASELINE_SECONDS = 30;

/**
 * `editors` editors saving once a second, with readers on the site: the app's p95 (from bench/autosave.ts)
 * against a bare `node:http` server taking the same number of ~4 KB POSTs a second on as many connections
 * and answering like a save. `seconds`: the full run's length (BENCH_AUTOSAVE_SECONDS overrides; 5 s in
 * `--smoke`). `embedded`: against a single `npm start` with its embedded database (PGlite) instead of the
 * two PostgreSQL instances, on this run's spare ports.
 */
export function autosaveScenario(editors: number, { seconds, embedded = false }: { seconds: number; embedded?: boolean }): Scenario {
  const name = `autosave, ${editors} editors${embedded ? ', embedded database' : ''}`;
  return {
    name,
    async run(ctx) {
      const runSeconds = ctx.smoke ? 5 : Number(process.env.BENCH_AUTOSAVE_SECONDS ?? seconds);
      const app = embedded ? await onEmbeddedApp(ctx, editors, runSeconds) : await runAutosaveBench({ baseUrl: ctx.appUrls[0], databaseUrl: ctx.dbUrl, editors, seconds: runSeconds });
      const server = await startReplayProcess(new Map([['/save', { status: 200, headers: { 'content-type': 'application/json' }, body: SAVE_ANSWER }]]));
      try {
        const bare = await loadRound(`${server.url}/save`, { seconds: Math.min(runSeconds, BASELINE_SECONDS), connections: editors, method: 'POST', body: SAVE_BODY, overallRate: editors });
        const { saves, answers, readers } = app;
        const note =
          `${runSeconds} s; ${saves.perSecond.toFixed(1)} saves/s; p50 ${saves.p50Ms} ms, p99 ${saves.p99Ms} ms; 429/503: ${answers.tooMany429 + answers.busy503}; ` +
          `longest without a save ${app.longestWithoutSaveMs} ms; readers ${readers.perSecond}/s, p95 ${readers.p95Ms} ms, errors ${readers.errors}; target p95 < 150 ms, 0 5xx`;
        return [measured(name, 'p95 ms', saves.p95Ms, bare.p95, answers.server5xx + answers.otherErrors + readers.errors, note)];
      } finally {
        await server.stop();
      }
    },
  };
}

async function onEmbeddedApp(ctx: BenchContext, editors: number, seconds: number) {
  const app = await startSingleApp({ port: ctx.sparePorts.embeddedApp, embedded: true, dbPort: ctx.sparePorts.embeddedDb });
  try {
    return await runAutosaveBench({ baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, editors, seconds });
  } finally {
    await app.stop();
  }
}

/**
 * What one instance sustains: `editors` editors each saving again as soon as the last save was answered
 * (with readers on the site), for `seconds`: applied saves a second against the same bare server taking
 * as many POSTs as `editors` connections can send. Target: ≥ 100 saves/s on PostgreSQL, 0 5xx.
 */
export function autosaveThroughput(editors: number, { seconds }: { seconds: number }): Scenario {
  const name = `autosave throughput, one instance, ${editors} editors saving back to back`;
  return {
    name,
    async run(ctx) {
      const runSeconds = ctx.smoke ? 5 : seconds;
      const app = await runAutosaveBench({ baseUrl: ctx.appUrls[0], databaseUrl: ctx.dbUrl, editors, seconds: runSeconds, intervalMs: 0 });
      const server = await startReplayProcess(new Map([['/save', { status: 200, headers: { 'content-type': 'application/json' }, body: SAVE_ANSWER }]]));
      try {
        const bare = await loadRound(`${server.url}/save`, { seconds: Math.min(runSeconds, BASELINE_SECONDS), connections: editors, method: 'POST', body: SAVE_BODY });
        const { saves, answers, readers } = app;
        const note =
          `${runSeconds} s; p50 ${saves.p50Ms} ms, p95 ${saves.p95Ms} ms; 429/503: ${answers.tooMany429 + answers.busy503}; conflicts ${answers.conflict409}; ` +
          `readers ${readers.perSecond}/s, p95 ${readers.p95Ms} ms, errors ${readers.errors}; target ≥ 100 saves/s, 0 5xx`;
        return [measured(name, 'saves/s', saves.perSecond, bare.requestsPerSecond, answers.server5xx + answers.otherErrors + readers.errors, note)];
      } finally {
        await server.stop();
      }
    },
  };
}
