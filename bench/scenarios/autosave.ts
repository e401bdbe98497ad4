import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadRound } from '../lib/load';
import { startReplayProcess } from '../lib/replay-server';
import { measured, type Scenario } from '../lib/scenario';

/**
 * What bench/autosave.ts (the `autosave` work) is expected to export. ADAPTER: if its names or result fields
 * differ at merge, fix them here only (`normalise` below).
 */
type AutosaveModule = {
  runAutosaveBench: (options: { baseUrl: string; editors: number; seconds: number }) => Promise<Record<string, unknown>>;
};

type AutosaveNumbers = { savesPerSecond: number; p50: number; p95: number; p99: number; serverErrors: number; shed: number };

/** Reads the autosave bench's result whatever it names its fields (first name found wins). */
function normalise(result: Record<string, unknown>): AutosaveNumbers {
  const pick = (...names: string[]) => {
    for (const name of names) if (typeof result[name] === 'number') return result[name];
    return Number.NaN;
  };
  return {
    savesPerSecond: pick('savesPerSecond', 'savesPerSec', 'saves'),
    p50: pick('p50', 'p50Ms'),
    p95: pick('p95', 'p95Ms'),
    p99: pick('p99', 'p99Ms'),
    serverErrors: pick('serverErrors', 'errors5xx', 'status5xx', 'fiveHundreds'),
    shed: pick('shed', 'retryable', 'status429or503', 'throttled'),
  };
}

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
      const modulePath = path.resolve('bench/autosave.ts');
      if (!existsSync(modulePath)) return [{ name, notRun: 'bench/autosave.ts missing (the autosave work is not merged yet)' }];
      const { runAutosaveBench } = (await import(modulePath)) as Partial<AutosaveModule>;
      if (typeof runAutosaveBench !== 'function') return [{ name, notRun: 'bench/autosave.ts exports no runAutosaveBench' }];
      const seconds = ctx.smoke ? 5 : Number(process.env.BENCH_AUTOSAVE_SECONDS ?? 60);
      const app = normalise(await runAutosaveBench({ baseUrl: ctx.appUrls[0], editors, seconds }));
      const server = await startReplayProcess(new Map([['/save', { status: 200, headers: { 'content-type': 'application/json' }, body: SAVE_ANSWER }]]));
      try {
        const bare = await loadRound(`${server.url}/save`, { seconds, connections: editors, method: 'POST', body: SAVE_BODY, overallRate: editors });
        const note = `${app.savesPerSecond.toFixed(1)} saves/s; p50 ${app.p50} ms, p99 ${app.p99} ms; 429/503: ${app.shed}; target p95 < 150 ms, 0 5xx`;
        return [measured(name, 'p95 ms', app.p95, bare.p95, app.serverErrors, note)];
      } finally {
        await server.stop();
      }
    },
  };
}
