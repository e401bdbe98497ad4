import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startVarnish, stopVarnish, type RunningVarnish } from '../../bench/varnish';
import { edgePurgeToken } from '../../server/cache/revalidation-token';
import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import { freePort, startAppInstance, type RunningProcess } from '../instances/app-instance';
import { signIn } from '../instances/staff-session';
import type { Db } from '../../server/db/client';
import { createDemoDatabase, type DemoDatabase } from '../instances/demo-database';
import { approvedArticle } from '../instances/approved-article';

/**
 * The production build (`next start`, PostgreSQL) behind a real varnishd running varnish/masthead.vcl, the
 * app told where it is (MASTHEAD_EDGE_PURGE_URLS): readers warm pages through Varnish, an editor
 * publishes and unpublishes through tRPC, and Varnish shows each change once the outbox has purged the
 * tags. The desk and signed-in requests are never served from it. Needs `next build` first.
 */
const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const run = randomBytes(4).toString('hex');
const databaseName = `masthead_edge_${run}`;
const logDir = 'test-results/edge';
const secret = randomBytes(32).toString('base64url');
/** Each change must show through Varnish; how fast is the benchmark's to say (it is logged here). */
const SHOWS = { timeout: 10_000, interval: 50 };

let database: DemoDatabase | undefined;
let db: Db;
let app: RunningProcess | undefined;
let varnish: RunningVarnish | undefined;

beforeAll(async () => {
  database = await createDemoDatabase(adminUrl, databaseName);
  db = database.db;
  const { url } = database;
  mkdirSync(logDir, { recursive: true });
  const varnishPort = await freePort();
  app = await startAppInstance(
    { DATABASE_URL: url, NEXTAUTH_SECRET: secret, MASTHEAD_EDGE_PURGE_URLS: `http://127.0.0.1:${varnishPort}`, LOG_LEVEL: 'warn' },
    `${logDir}/app.log`,
  );
  varnish = await startVarnish({ backendPort: Number(new URL(app.url).port), port: varnishPort, purgeToken: edgePurgeToken(secret) });
});

afterAll(async () => {
  await stopVarnish(varnish);
  await app?.stop();
  await database?.drop();
});

const through = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${varnish!.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache'), age: Number(response.headers.get('age') ?? 0) };
};

/** Milliseconds from now until `check` passes (polled by vi.waitFor). */
async function msUntil(check: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await vi.waitFor(check, SHOWS);
  return Math.round(performance.now() - start);
}

it('a publish and an unpublish in the desk show through Varnish, which serves the pages in between', async () => {
  const headline = `Edge cache ${run}`;
  const article = await approvedArticle(db, { headline, slug: `edge-${run}-${Date.now()}`, authorEmail: 'sam@example.com' });
  const path = `/articles/${article.slug}`;

  // Readers have been here: the address (404) and the front page are cached without the article.
  expect((await through(path)).status).toBe(404);
  expect(await through(path)).toMatchObject({ status: 404, cache: 'HIT' });
  expect((await through('/')).body).not.toContain(headline);
  expect(await through('/')).toMatchObject({ cache: 'HIT' });

  const dana = await signIn(app!.url, 'editor@example.com', DEMO_PASSWORD);
  const published = await dana.mutation<{ version: number }>('article.publish', { id: article.id, expectedVersion: article.version });
  const publishedMs = await msUntil(async () => expect((await through('/')).body).toContain(headline));
  await msUntil(async () => expect((await through(path)).status).toBe(200));

  // Then served by Varnish: a change behind the application's back (no purge) is not seen. (The publish's
  // second expiry purges once more a second later: wait for a copy cached after it.)
  await vi.waitFor(async () => expect(await db.revalidationOutbox.count()).toBe(0), SHOWS);
  await through(path);
  await db.article.update({ where: { id: article.id }, data: { headline: 'Changed behind the cache' } });
  expect(await through(path)).toMatchObject({ status: 200, cache: 'HIT' });
  expect((await through(path)).body).toContain(headline);
  await db.article.update({ where: { id: article.id }, data: { headline } });

  await dana.mutation('article.unpublish', { id: article.id, expectedVersion: published.version, reason: 'Legal review' });
  const goneMs = await msUntil(async () => expect((await through(path)).status).toBe(410));
  await msUntil(async () => expect((await through('/')).body).not.toContain(headline));
  await msUntil(async () => expect((await through('/sitemap.xml')).body).not.toContain(article.slug));
  console.log(`through Varnish: on the front page ${publishedMs} ms after the publish answered, 410 ${goneMs} ms after the unpublish`);
});

it('never serves the desk or a signed-in request from its cache', async () => {
  const dana = await signIn(app!.url, 'editor@example.com', DEMO_PASSWORD);
  for (let i = 0; i < 2; i++) {
    expect(await through('/desk', { Cookie: dana.cookieHeader() })).toMatchObject({ status: 200, cache: 'PASS', age: 0 });
    // Signed out, the desk sends to sign-in: not cached either.
    expect(await through('/desk')).toMatchObject({ cache: 'PASS', age: 0 });
    // A public page for a signed-in reader comes from the app.
    expect(await through('/', { Cookie: dana.cookieHeader() })).toMatchObject({ status: 200, cache: 'PASS', age: 0 });
  }
  // The same page for readers is cached.
  await through('/');
  expect(await through('/')).toMatchObject({ status: 200, cache: 'HIT' });
});
