/**
 * `npx tsx bench/autosave-server-cpu.ts` (after `npx next build`): the server CPU an autosave costs through
 * the production build. Starts one `next start` on BENCH_PORT (3400) on a throwaway PostgreSQL database
 * (bench/autosave-app.ts), runs bench/autosave.ts against it with EDITORS (20) saving back to back
 * (INTERVAL_MS, default 0) for SECONDS (45) and no readers, and reads the server process's CPU time
 * (/proc) once a second: CPU-ms per save over the run's last 60 % (sign-ins and seeding come before the
 * run), and saves/s. Compare CPU-ms per save between branches on a shared machine.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { formatAutosaveResult, runAutosaveBench } from './autosave';
import { startBenchApp } from './autosave-app';

const port = Number(process.env.BENCH_PORT ?? 3400);
const app = await startBenchApp({ port, embedded: false });
const pid = Number(/pid=(\d+)/.exec(execSync(`ss -ltnpH 'sport = :${port}'`).toString())![1]);
/** The server's user + system CPU so far, in ms (fields 14 and 15 of /proc/PID/stat, in 10 ms ticks). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const samples: [number, number][] = [];
const timer = setInterval(() => samples.push([performance.now(), cpuMs()]), 1000);
const seconds = Number(process.env.SECONDS ?? 45);
try {
  const result = await runAutosaveBench({ baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, editors: Number(process.env.EDITORS ?? 20), seconds, readers: 0, intervalMs: Number(process.env.INTERVAL_MS ?? 0) });
  clearInterval(timer);
  console.log(formatAutosaveResult(result));
  // Steady state: the last 60 % of the run (sign-ins and seeding are in the first seconds).
  const tEnd = performance.now();
  const window = samples.filter(([t]) => t > tEnd - seconds * 600 && t < tEnd);
  const [a, b] = [window[0]!, window.at(-1)!];
  const cpuMsPerS = (b[1] - a[1]) / ((b[0] - a[0]) / 1000);
  console.log(`server: ${(cpuMsPerS / 10).toFixed(0)} % CPU over the run's last 60 %; ${(cpuMsPerS / result.saves.perSecond).toFixed(2)} CPU-ms per save at ${result.saves.perSecond} saves/s`);
} finally {
  clearInterval(timer);
  await app.stop();
}
