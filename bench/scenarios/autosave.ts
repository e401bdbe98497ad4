import { runAutosaveBench } from '../autosave';
import { loadRound } from '../lib/load';
import { startReplayProcess } from '../lib/replay-server';
import { measured, type Scenario } from '../lib/scenario';

/** A save as the editor sends it: the article's JSON, about 4 KB. */
const SAVE_BODY = JSON.stringify({ json: { id: '00000000-0000-7000-8000-000000000000', expectedVersion: 1, body: 'x'.repeat(4_000) } });
const SAVE_ANSWER = Buffer.from(JSON.stringify({ result: { data: { json: { version: 2, savedAt: new Date(0).toISOString() } } } }));

/**
 * `editors` editors saving once a second: the app's p95 (from bench/autosave.ts) against a bare `node:http`
 * server taking the same number of ~4 KB POSTs a second on as many connections and answering like a save.
 */
export function autosaveScenario(editors: number): Scenario {
  const name = `autosave, ${editors} editors`;
  return {
    name,
    async run(ctx) {
      const seconds = ctx.smoke ? 5 : Number(process.env.BENCH_AUTOSAVE_SECONDS ?? 60);
      const app = await runAutosaveBench({ baseUrl: ctx.appUrls[0], databaseUrl: ctx.dbUrl, editors, seconds });
      const server = await startReplayProcess(new Map([['/save', { status: 200, headers: { 'content-type': 'application/json' }, body: SAVE_ANSWER }]]));
      try {
        const bare = await loadRound(`${server.url}/save`, { seconds, connections: editors, method: 'POST', body: SAVE_BODY, overallRate: editors });
        const { saves, answers } = app;
        const note = `${saves.perSecond.toFixed(1)} saves/s; p50 ${saves.p50Ms} ms, p99 ${saves.p99Ms} ms; 429/503: ${answers.tooMany429 + answers.busy503}; longest without a save ${app.longestWithoutSaveMs} ms; target p95 < 150 ms, 0 5xx`;
        return [measured(name, 'p95 ms', saves.p95Ms, bare.p95, answers.server5xx + answers.otherErrors, note)];
      } finally {
        await server.stop();
      }
    },
  };
}
