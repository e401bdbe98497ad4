/**
 * `npx tsx bench/scheduler.ts`: 1,000 articles due at one instant on a throwaway PostgreSQL database, two
 * scheduler runners (two clients, as two app instances) and an app stand-in receiving the revalidation
 * outbox over HTTP. Times how long until every article is live and every page revalidated, and compares it
 * with a baseline in the same run: the same rows published by bare statements (per article, one
 * transaction with the UPDATE and its event INSERT, two runners), as a ratio. Then once more with the app
 * down (connection refused): publishing must take as long as with it up. Not part of `npm test`.
 *
 * BENCH_DATABASE_URL: a PostgreSQL server for the throwaway database (default
 * postgresql://postgres@127.0.0.1:5432/postgres). BENCH_ARTICLES changes the count, BENCH_CONCURRENCY the articles
 * each runner works on at once, BENCH_ROUNDS the rounds. Run with LOG_LEVEL=fatal: the
 * app-down round logs every failed delivery.
 */
import { publishDueBare } from './lib/bare-publish';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { revalidateOverHttp } from '../server/cache/revalidate-over-http';
import { createDb, type Db } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { startScheduler } from '../server/scheduler/start-scheduler';
import { withDatabase } from '../test/integration/global-setup';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `masthead_bench_scheduler_${process.pid}`;
const secret = 'bench-secret-long-enough-for-the-token';
/** Articles each runner works on at once (default: the scheduler's own, SCHEDULER_CONCURRENCY). */
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 0);

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDatabase(adminUrl, database);
  const db = createDb(dbUrl, { poolSize: 2 });
  const app = await appStandIn();
  try {
    await applyMigrations(dbUrl);
    await seed(db);
    console.log(`${ARTICLES} articles due at one instant; two runners; PostgreSQL ${await serverVersion(db)}; ${cpus().length} cores\n`);

    // Rounds interleave the baseline and the scheduler, so a change in the machine's load shows in both.
    for (let round = 1; round <= ROUNDS; round++) {
      await makeDueAgain(db);
      const baseline = await timed(() => publishDueBare(dbUrl));
      await makeDueAgain(db);
      const up = await schedulerRun(db, dbUrl, app.url, app.received);
      await makeDueAgain(db);
      const down = await schedulerRun(db, dbUrl, await closedPortUrl(), null);
      const outboxLeft = await db.revalidationOutbox.count();

      const rows = [
        ['baseline: bare UPDATE + event INSERT per article, 2 runners', baseline, '1.00'],
        ['scheduler: all live (app up)', up.live, (up.live / baseline).toFixed(2)],
        ['scheduler: all live and revalidation delivered (app up)', up.delivered, (up.delivered / baseline).toFixed(2)],
        ['scheduler: all live (app down, connection refused)', down.live, (down.live / baseline).toFixed(2)],
      ] as const;
      console.log(`round ${round} (load ${loadAverage()})`.padEnd(64), 'ms'.padStart(8), '× baseline'.padStart(11));
      for (const [name, ms, ratio] of rows) console.log(name.padEnd(64), ms.toFixed(0).padStart(8), ratio.padStart(11));
      console.log(`app up: ${app.received.requests} revalidation requests carried ${app.received.tags.size} distinct tags; published twice: ${up.duplicates}`);
      console.log(`app down: ${outboxLeft} outbox rows waiting for it (retried with back-off); published twice: ${down.duplicates}\n`);
      app.received.requests = 0;
      app.received.tags.clear();
    }
  } finally {
    await db.$disconnect();
    await new Promise((resolve) => app.server.close(resolve));
    await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/** Complete articles (they pass every precondition), due one second ago, by 40 staff in 10 sections with 60 tags. */
async function seed(db: Db) {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, slug, "updatedAt")
    SELECT gen_random_uuid(), 'staff' || n || '@bench.test', 'Staff ' || n, 'x', 'JOURNALIST', 'staff-' || n, now()
    FROM generate_series(1, 40) AS n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Section" (id, name, slug, position, "updatedAt")
    SELECT gen_random_uuid(), 'Section ' || n, 'section-' || n, n, now() FROM generate_series(1, 10) AS n`);
  await db.$executeRawUnsafe(`INSERT INTO "Tag" (id, name, slug) SELECT gen_random_uuid(), 'Tag ' || n, 'tag-' || n FROM generate_series(1, 60) AS n`);
  await db.$executeRawUnsafe(`
    WITH staff AS (SELECT array_agg(id ORDER BY slug) AS ids FROM "User"),
    sections AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Section")
    INSERT INTO "Article" (id, slug, headline, "bodyText", "bodyHtml", body, state, "sectionId", "createdById", "updatedAt", "publishAt")
    SELECT gen_random_uuid(), 'due-' || n, 'Headline ' || n, 'The body.', '<p>The body.</p>', '{}'::jsonb, 'SCHEDULED',
      sections.ids[1 + n % 10], staff.ids[1 + n % 40], now(), now() - interval '1 second'
    FROM generate_series(1, ${ARTICLES}) AS n, staff, sections`);
  await db.$executeRawUnsafe(`INSERT INTO "Byline" (id, "articleId", position, "userId") SELECT gen_random_uuid(), id, 0, "createdById" FROM "Article"`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ArticleTag" ("articleId", "tagId")
    SELECT a.id, t.ids[1 + (abs(hashtext(a.id::text)) % 60)] FROM "Article" a, (SELECT array_agg(id ORDER BY slug) AS ids FROM "Tag") t`);
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}

/** Puts every article back to due and forgets what the last round wrote. */
async function makeDueAgain(db: Db) {
  await db.$executeRawUnsafe(`DELETE FROM "ArticleEvent"`);
  await db.$executeRawUnsafe(`DELETE FROM "Notification"`);
  await db.$executeRawUnsafe(`DELETE FROM "RevalidationOutbox"`);
  await db.$executeRawUnsafe(`UPDATE "Article" SET state = 'SCHEDULED', "publishedAt" = NULL, "publishAt" = now() - interval '1 second', version = 1`);
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}

/** Two schedulers (as two app instances) started at once; ms until all are live, and until all revalidation is delivered. */
async function schedulerRun(db: Db, dbUrl: string, appUrl: string, received: Received | null) {
  const instances = [createDb(dbUrl, { poolSize: 3 }), createDb(dbUrl, { poolSize: 3 })];
  const send = revalidateOverHttp({ baseUrl: appUrl, secret, timeoutMs: 2_000 });
  const started = performance.now();
  const schedulers = instances.map((instance) => startScheduler(instance, { send, ...(concurrency && { concurrency }) }));
  let live = 0;
  let delivered = Number.NaN;
  try {
    for (;;) {
      const published = await db.article.count({ where: { state: 'PUBLISHED' } });
      if (!live && published === ARTICLES) live = performance.now() - started;
      if (live && (!received || (await db.revalidationOutbox.count()) === 0)) {
        delivered = performance.now() - started;
        break;
      }
      await sleep(20);
    }
  } finally {
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    await Promise.all(instances.map((instance) => instance.$disconnect()));
  }
  const twice = await db.articleEvent.groupBy({ by: ['articleId'], where: { action: 'publishScheduled' }, _count: true });
  return { live, delivered, duplicates: twice.filter((group) => group._count !== 1).length };
}

type Received = { requests: number; tags: Set<string> };

/** Answers the internal revalidation endpoint like the app, counting what it was asked to expire. */
async function appStandIn() {
  const received: Received = { requests: 0, tags: new Set() };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.requests++;
      for (const tag of (JSON.parse(body) as { tags: string[] }).tags) received.tags.add(tag);
      response.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** An address where nothing listens (connection refused), like an app instance that is down. */
async function closedPortUrl() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function timed(run: () => Promise<void>) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function serverVersion(db: Db) {
  const [row] = await db.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
  return row?.server_version ?? '?';
}

function loadAverage() {
  return loadavg().map((n) => n.toFixed(2)).join(' ');
}

await main();
