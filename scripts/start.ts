/**
 * `npm start`: everything a new user needs, in one command.
 *  1. Builds the app when there is no production build yet.
 *  2. Uses DATABASE_URL when set (checked first, for a clear message); otherwise opens the embedded
 *     database in the data folder (.masthead/), which this process then owns until it exits.
 *  3. Applies pending migrations, and seeds demo data into an empty database (MASTHEAD_DEMO_DATA=off
 *     skips that), once however many replicas start together (server/db/prepare-database.ts).
 *  4. Serves the app with `next start` on PORT (default 3000), with the database URL handed down, and
 *     exits with it (scripts/lib/supervise-server.ts): 0 after a requested stop (SIGINT, SIGTERM), 1 when
 *     the server stopped on its own or anything failed, so a supervisor knows to restart it.
 * `npm run dev` does the same with `next dev` (no build).
 * package.json runs this file as `exec node --import tsx`: `exec` so npm's shell does not stand between
 * npm and us (on SIGTERM the shell dies at once, and npm with it, before we have stopped), and no `tsx`
 * wrapper process, which SIGKILLs its child when a signal is not acknowledged within ~60 ms (under load).
 * MASTHEAD_DB_PORT fixes the embedded database's loopback port (default: any free port), for tools and
 * end-to-end tests that need to reach it while the app runs.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkDatabase } from '../server/db/check-database';
import { openEmbeddedDataFolder } from '../server/db/data-folder';
import { prepareDatabase } from '../server/db/prepare-database';
import { env } from '../server/env';
import { announceWhenServing } from './lib/announce-ready';
import { describeRequest, describeStop, superviseServer, type ServerStop } from './lib/supervise-server';
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

  let stop: ServerStop;
  try {
    const { applied, seeded } = await prepareDatabase({
      url: databaseUrl,
      demoData: process.env.MASTHEAD_DEMO_DATA !== 'off',
      onWait: () => console.log('Another instance is preparing the database; waiting for it…'),
    });
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    if (seeded) console.log('Seeded demo data.');

    const address = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
    const demoData = process.env.MASTHEAD_DEMO_DATA !== 'off';

    stop = await superviseServer({
      args: [nextBin, dev ? 'dev' : 'start', '--port', port],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? authSecret(config.MASTHEAD_DATA_DIR),
        NEXTAUTH_URL: address,
      },
      onStart: (child) =>
        void announceWhenServing({
          child,
          port,
          lines: [
            '',
            `Masthead is ready. The desk: ${new URL('/desk', address).toString()} · the public site: ${new URL('/', address).toString()}`,
            ...(demoData ? ['Demo accounts (password masthead-demo) are listed in README.md, under "Demo accounts".'] : []),
            'Stop it with Ctrl+C.',
          ],
        }),
    });
  } finally {
    // The embedded database lives in this process: kept up while the server ran, closed cleanly after.
    await stopEmbedded();
  }
  // A stop we were asked for (Ctrl+C, a supervisor's SIGTERM) ends with 0 whatever Next's own exit code;
  // anything else is a crash, and a non-zero exit makes a supervisor restart us.
  if (!stop.requested) throw new Error(`The server stopped unexpectedly: it ${describeStop(stop)}.`);
  console.log(`Masthead stopped (${describeRequest(stop)}).`);
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
