/**
 * `npm start`: everything a new user needs, in one command.
 *  1. Builds the app when there is no production build yet.
 *  2. Uses DATABASE_URL when set (checked first, for a clear message); otherwise opens the embedded
 *     database in the data folder (.masthead/), which this process then owns until it exits.
 *  3. Applies pending migrations, and seeds demo data into an empty database (MASTHEAD_DEMO_DATA=off
 *     skips that).
 *  4. Serves the app with `next start` on PORT (default 3000), with the database URL handed down.
 * `npm run dev` does the same with `next dev` (no build).
 * MASTHEAD_DB_PORT fixes the embedded database's loopback port (default: any free port), for tools and
 * end-to-end tests that need to reach it while the app runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../server/db/client';
import { checkDatabase } from '../server/db/check-database';
import { openEmbeddedDataFolder } from '../server/db/data-folder';
import { applyMigrations } from '../server/db/migrate';
import { env } from '../server/env';
import { seedDemoData } from '../server/seed/seed-demo-data';
import { runScript } from './lib/with-database';

const nextBin = path.resolve('node_modules/next/dist/bin/next');

runScript(async () => {
  const config = env();
  const port = process.env.PORT ?? '3000';
  const dev = process.argv.includes('--dev');

  if (!dev && !existsSync('.next/BUILD_ID')) {
    console.log('No production build yet: building (about a minute, once)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('`next build` failed; see the output above.');
  }

  let databaseUrl = config.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (databaseUrl) {
    await checkDatabase(databaseUrl);
  } else {
    const embedded = await openEmbeddedDataFolder(config.MASTHEAD_DATA_DIR, {
      port: process.env.MASTHEAD_DB_PORT ? Number(process.env.MASTHEAD_DB_PORT) : 0,
    });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
    console.log(`Embedded database: ${path.resolve(config.MASTHEAD_DATA_DIR, 'pgdata')}`);
  }

  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

  if (process.env.MASTHEAD_DEMO_DATA !== 'off') {
    const db = createDb(databaseUrl, { poolSize: 1 });
    try {
      if ((await db.user.count()) === 0) {
        await seedDemoData(db);
        console.log('Seeded demo data (accounts are listed in README.md).');
      }
    } finally {
      await db.$disconnect();
    }
  }

  const child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', port], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? authSecret(config.MASTHEAD_DATA_DIR),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });

  // The embedded database lives in this process: keep it up while the server runs, close it cleanly after.
  const exitCode = await new Promise<number>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => child.kill(signal));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
  await stopEmbedded();
  if (exitCode !== 0) throw new Error(`The server exited with code ${exitCode}.`);
});

/** A per-install secret for signing session cookies, made on first start and kept in the data folder. */
function authSecret(dataDir: string): string {
  const file = path.resolve(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
