import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { SERVER_PRELOAD } from '../scripts/lib/supervise-server';
import { applyMigrations } from '../server/db/migrate';
import { withDatabase } from '../test/integration/global-setup';

/**
 * The production build serving one bench run: `next start` on a throwaway PostgreSQL database, or
 * `npm start`'s embedded database in a temporary folder. Stopped (and its database dropped) by `stop`.
 */
export async function startBenchApp({ port, embedded, dbPort = Number(process.env.BENCH_DB_PORT ?? 54400) }: { port: number; embedded: boolean; dbPort?: number }) {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npx next build` first.');
  const baseUrl = `http://127.0.0.1:${port}`;
  const secret = 'bench-secret-long-enough-for-next-auth';
  const common = { ...process.env, PORT: String(port), NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };

  if (embedded) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'masthead-bench-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...common, DATABASE_URL: '', MASTHEAD_DATA_DIR: dataDir, MASTHEAD_DB_PORT: String(dbPort), MASTHEAD_DEMO_DATA: 'off' },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    await waitUntilUp(baseUrl, child);
    return {
      baseUrl,
      databaseUrl: `postgresql://postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`,
      stop: async () => {
        await stopGroup(child);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = `masthead_bench_autosave_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(adminUrl, database);
  await applyMigrations(databaseUrl);
  const child = spawn(process.execPath, ['--require', SERVER_PRELOAD, 'node_modules/next/dist/bin/next', 'start', '--port', String(port)], {
    env: { ...common, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  await waitUntilUp(baseUrl, child);
  return {
    baseUrl,
    databaseUrl,
    stop: async () => {
      await stopGroup(child);
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}) before it answered.`);
    const response = await fetch(`${baseUrl}/api/auth/csrf`).catch(() => null);
    if (response?.ok) return;
    await sleep(250);
  }
  throw new Error(`The app at ${baseUrl} did not answer within 150 s.`);
}

/** SIGTERM to the app's process group, and wait until its leader is gone. */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
