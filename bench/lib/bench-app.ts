import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createClient } from 'redis';
import { createDb, type Db } from '../../server/db/client';
import { applyMigrations } from '../../server/db/migrate';
import { seedDemoData } from '../../server/seed/seed-demo-data';
import { startAppInstance, startWorker, type RunningProcess } from '../../test/instances/app-instance';
import { withDatabase } from '../../test/integration/global-setup';
import { seedArchive } from './seed-archive';

export type BenchApp = {
  appUrls: readonly [string, string];
  /** The first instance's process id (for its memory). */
  appPid: number;
  db: Db;
  dbUrl: string;
  postgresVersion: string;
  redis: boolean;
  stop: () => Promise<void>;
};

/**
 * Everything the scenarios run against, started here and removed by `stop` (also when starting fails
 * half-way): a throwaway PostgreSQL database with the demo data and an archive of `archiveSize` articles,
 * two `next start` instances of the production build on `ports` (scheduler on in both) sharing the Redis
 * cache when one answers, and `npm run worker`. Builds first unless `build` is false.
 */
export async function startBenchApp({
  adminUrl,
  redisUrl,
  ports,
  archiveSize,
  build,
  log,
}: {
  adminUrl: string;
  redisUrl: string;
  ports: readonly [number, number];
  archiveSize: number;
  build: boolean;
  log: (line: string) => void;
}): Promise<BenchApp> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log(`clean-up failed: ${String(error)}`));
  };
  try {
    if (build) {
      log('Building the production app (next build)…');
      const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit' });
      if (result.status !== 0) throw new Error('next build failed');
    }
    const run = randomBytes(4).toString('hex');
    const database = `masthead_bench_${run}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query(`CREATE DATABASE ${database}`);
    cleanups.push(() => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    const dbUrl = withDatabase(adminUrl, database);
    await applyMigrations(dbUrl);
    const db = createDb(dbUrl, { poolSize: 4 });
    cleanups.push(() => db.$disconnect());
    log(`Seeding the demo data and an archive of ${archiveSize.toLocaleString('en')} articles into ${database}…`);
    await seedDemoData(db);
    await seedArchive(db, archiveSize);
    const [{ server_version: postgresVersion }] = await db.$queryRaw<[{ server_version: string }]>`SHOW server_version`;

    const cachePrefix = `masthead-bench-${run}:`;
    const redis = await redisAnswers(redisUrl);
    if (redis) cleanups.push(() => deleteKeys(redisUrl, cachePrefix));
    const logDir = 'test-results/bench';
    mkdirSync(logDir, { recursive: true });
    const env = {
      DATABASE_URL: dbUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      ...(redis && { REDIS_URL: redisUrl, MASTHEAD_CACHE_PREFIX: cachePrefix }),
    };
    log(`Starting two app instances on ports ${ports.join(' and ')} and the worker…`);
    const instances: RunningProcess[] = [];
    for (const [index, port] of ports.entries()) {
      const own = { ...env, MASTHEAD_INTERNAL_URL: `http://127.0.0.1:${port}` };
      const instance = await startAppInstance(own, `${logDir}/instance-${index + 1}.log`, port);
      cleanups.push(() => instance.stop());
      instances.push(instance);
    }
    const worker = startWorker({ ...env, MASTHEAD_INTERNAL_URL: instances[0]!.url }, `${logDir}/worker.log`);
    cleanups.push(() => worker.stop());
    return { appUrls: [instances[0]!.url, instances[1]!.url], appPid: instances[0]!.pid!, db, dbUrl, postgresVersion, redis, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}

async function deleteKeys(url: string, prefix: string) {
  const redis = await createClient({ url }).connect();
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await redis.unlink(keys);
  await redis.quit();
}
