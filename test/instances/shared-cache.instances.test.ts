import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import { startAppInstance, startWorker, type RunningProcess } from './app-instance';
import { signIn } from './staff-session';
import type { Db } from '../../server/db/client';
import { createDemoDatabase, type DemoDatabase } from './demo-database';
import { approvedArticle } from './approved-article';
import { REVALIDATE_PATH } from '../../server/cache/revalidate-over-http';
import { revalidationToken } from '../../server/cache/revalidation-token';

/**
 * Two `next start` processes of the production build, one PostgreSQL database and one Redis, all on
 * 127.0.0.1: what one instance publishes or takes down, the other shows within a second, and so does
 * what `npm run worker` publishes. A fresh database and a Redis key prefix of this run's own, both
 * removed afterwards. Needs `next build` first (npm test runs it before this).
 */
const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const run = randomBytes(4).toString('hex');
const databaseName = `masthead_instances_${run}`;
const cachePrefix = `masthead-test-${run}:`;
const logDir = 'test-results/instances';
const secret = randomBytes(32).toString('base64url');

let database: DemoDatabase | undefined;
let db: Db;
let a: RunningProcess;
let b: RunningProcess;
const running: RunningProcess[] = [];

beforeAll(async () => {
  database = await createDemoDatabase(adminUrl, databaseName);
  db = database.db;
  const { url } = database;
  mkdirSync(logDir, { recursive: true });
  // The scheduler is left to the worker below, so what publishes a scheduled article is known.
  const env = { DATABASE_URL: url, REDIS_URL: redisUrl, MASTHEAD_CACHE_PREFIX: cachePrefix, NEXTAUTH_SECRET: secret, MASTHEAD_SCHEDULER: 'off', LOG_LEVEL: 'warn' };
  [a, b] = await Promise.all([startAppInstance(env, `${logDir}/instance-a.log`), startAppInstance(env, `${logDir}/instance-b.log`)]);
  running.push(a, b);
});

afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  await database?.drop();
  const redis = await createClient({ url: redisUrl }).connect();
  for await (const keys of redis.scanIterator({ MATCH: `${cachePrefix}*`, COUNT: 1000 })) if (keys.length) await redis.unlink(keys);
  await redis.quit();
});

const status = async (url: string) => (await fetch(url)).status;
const text = async (url: string) => (await fetch(url)).text();

/** Milliseconds until `check` holds, polling every 20 ms; fails after `timeoutMs`. */
async function msUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(20);
  }
  return Math.round(performance.now() - start);
}

/** Median response time of `count` requests to a page, in ms. */
async function medianMs(url: string, count = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await text(url);
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((x, y) => x - y)[Math.floor(count / 2)] ?? 0);
}

it('a publish and an unpublish on instance A show on instance B within a second', async () => {
  const headline = `Shared cache ${run}`;
  const article = await approvedArticle(db, { headline, slug: `shared-${run}-${Date.now()}`, authorEmail: 'olha@example.com' });
  const path = `/articles/${article.slug}`;
  // B has cached the address (404) and its front page without the article.
  expect(await status(b.url + path)).toBe(404);
  expect(await text(`${b.url}/`)).not.toContain(headline);
  expect(await text(`${b.url}/rss.xml`)).not.toContain(article.slug);

  const dana = await signIn(a.url, 'editor@example.com', DEMO_PASSWORD);
  const published = await dana.mutation<{ version: number }>('article.publish', { id: article.id, expectedVersion: article.version });
  // B's front page was cached without it: only A's revalidation, through Redis, can bring it there.
  const visibleMs = await msUntil(async () => (await text(`${b.url}/`)).includes(headline), 1_000);
  expect(await status(b.url + path)).toBe(200);
  await msUntil(async () => (await text(`${b.url}/rss.xml`)).includes(article.slug), 1_000);

  // Served from the shared cache: B does not see a change made behind the application's back… (A expires
  // the tags just after answering the publish, so B's first copy may have gone since: let that settle and
  // have B cache the page again first.)
  await sleep(500);
  expect(await text(b.url + path)).toContain(headline);
  await db.article.update({ where: { id: article.id }, data: { headline: 'Changed behind the cache' } });
  expect(await text(b.url + path)).toContain(headline);
  const cachedMs = await medianMs(b.url + path);
  await db.article.update({ where: { id: article.id }, data: { headline } });

  // …and the unpublish on A takes the article off B.
  await dana.mutation('article.unpublish', { id: article.id, expectedVersion: published.version, reason: 'Legal review' });
  const goneMs = await msUntil(async () => (await status(b.url + path)) === 410, 1_000);
  await msUntil(async () => !(await text(`${b.url}/`)).includes(headline), 1_000);
  await msUntil(async () => !(await text(`${b.url}/sitemap.xml`)).includes(article.slug), 1_000);

  console.log(`instance B: published on its front page after ${visibleMs} ms, 410 after ${goneMs} ms; cached article page ${cachedMs} ms (median)`);
});

it('what the worker publishes on its own shows on both instances', async () => {
  const headline = `Worker published ${run}`;
  const article = await approvedArticle(db, {
    headline,
    slug: `shared-${run}-${Date.now()}`,
    authorEmail: 'olha@example.com',
    extra: { state: 'SCHEDULED', publishAt: new Date(Date.now() - 1_000) },
  });
  const path = `/articles/${article.slug}`;
  expect(await status(a.url + path)).toBe(404);
  expect(await status(b.url + path)).toBe(404);

  const worker = startWorker(
    { DATABASE_URL: database!.url, NEXTAUTH_SECRET: secret, MASTHEAD_INTERNAL_URL: a.url, LOG_LEVEL: 'warn' },
    `${logDir}/worker.log`,
  );
  running.push(worker);
  const ms = await msUntil(async () => (await status(b.url + path)) === 200, 15_000);
  expect(await status(a.url + path)).toBe(200);
  expect(await text(`${b.url}/sections/world`)).toContain(headline);
  console.log(`worker: scheduled article visible on instance B ${ms} ms after the worker started (includes its start-up)`);
});

it('a "not found" page is kept in Redis for a minute at most, a found one until revalidated', async () => {
  const missing = `/articles/nobody-wrote-${run}`;
  expect(await status(a.url + missing)).toBe(404);
  const article = await approvedArticle(db, { headline: `Kept ${run}`, slug: `kept-${run}-${Date.now()}`, authorEmail: 'olha@example.com' });
  await db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
  expect(await status(`${a.url}/articles/${article.slug}`)).toBe(200);

  const redis = await createClient({ url: redisUrl }).connect();
  try {
    // The page entry is written just after the answer: wait for it rather than for a fixed time.
    const ttlOf = async (path: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        for await (const keys of redis.scanIterator({ MATCH: `${cachePrefix}*APP_PAGE*${path}`, COUNT: 1000 })) {
          if (keys[0]) return redis.ttl(keys[0]);
        }
        await sleep(20);
      }
      throw new Error(`no cached page for ${path}`);
    };
    const notFoundTtl = await ttlOf(missing);
    expect(notFoundTtl).toBeGreaterThan(0);
    expect(notFoundTtl).toBeLessThanOrEqual(60);
    expect(await ttlOf(`/articles/${article.slug}`)).toBeGreaterThan(24 * 60 * 60);
  } finally {
    await redis.quit();
  }
});

/** What the revalidation outbox's deliverer does: asks an instance to expire tags, through its internal endpoint. */
async function expireThrough(instance: RunningProcess, tags: string[]) {
  const response = await fetch(instance.url + REVALIDATE_PATH, {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidationToken(secret)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

it('an article going live: the "not found" page both instances cached before is not served once the expiry was answered', async () => {
  const article = await approvedArticle(db, { headline: `Going live ${run}`, slug: `going-live-${run}-${Date.now()}`, authorEmail: 'olha@example.com' });
  const path = `/articles/${article.slug}`;
  expect(await status(a.url + path)).toBe(404);
  expect(await status(b.url + path)).toBe(404);
  await db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
  // The cached 404 would live a minute; once A answered the expiry it is gone for B too (B's own memory of
  // its last answer lives 250 ms: scripts/lib/public-answers.cjs).
  await expireThrough(a, [`article:${article.slug}`]);
  await msUntil(async () => (await status(b.url + path)) === 200, 1_000);
  expect(await status(a.url + path)).toBe(200);
});

it('a page asked of both instances at the same moment is rendered once: one renders it, the other serves that render', async () => {
  const article = await approvedArticle(db, { headline: `Rendered once ${run}`, slug: `once-${run}-${Date.now()}`, authorEmail: 'olha@example.com' });
  await db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
  const path = `/articles/${article.slug}`;
  const answers = await Promise.all([fetch(a.url + path), fetch(b.url + path)]);
  expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
  expect(answers.map((answer) => answer.headers.get('x-nextjs-cache')).sort()).toEqual(['HIT', 'MISS']);
});

it('a page one instance rendered a while ago is fresh on the other: served as a HIT, not rendered again', async () => {
  const article = await approvedArticle(db, { headline: `Fresh everywhere ${run}`, slug: `fresh-${run}-${Date.now()}`, authorEmail: 'olha@example.com' });
  await db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
  const path = `/articles/${article.slug}`;
  expect((await fetch(a.url + path)).headers.get('x-nextjs-cache')).toBe('MISS');
  const renderedAt = performance.now();
  // Next takes a page whose lifetime it does not know as due again a second after it was rendered: B
  // knew only what A stored, and served every page A rendered as STALE, rendering it once more.
  await msUntil(() => Promise.resolve(performance.now() - renderedAt > 1_500), 5_000);
  const onB = await fetch(b.url + path);
  expect(onB.status).toBe(200);
  expect(onB.headers.get('x-nextjs-cache')).toBe('HIT');
});
