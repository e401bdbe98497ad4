import { expect, test } from '@playwright/test';
import pg from 'pg';
import { revalidationToken } from '../server/cache/revalidation-token';
import { createDb, type Db } from '../server/db/client';
import { fixtureArticle } from '../server/seed/fixture-article';
import { startCountingDbProxy, type CountingDbProxy } from './support/counting-db-proxy';
import { E2E_OWN_SERVER_PORT } from './support/environment';
import { killOwnServer, startOwnServer, waitUntilServing, type OwnServer } from './support/own-server';

/**
 * Public pages are whole cached HTML: once warm, answering one sends no statement to the database (counted
 * by a relay between the app and PostgreSQL, e2e/support/counting-db-proxy.ts), so they keep being served
 * while the database is down. The app runs on a PostgreSQL database of its own, reached through that
 * relay, with the scheduler off (its polling would be counted too).
 * The last test adds the server's short-lived memory of answers: it serves them too, with its own nonces.
 */
const ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `masthead_e2e_page_cache_${E2E_OWN_SERVER_PORT}`;
const SECRET = 'page-cache-spec-secret-0123456789';
const ARTICLE = `/articles/${fixtureArticle.slug}`;

test.describe.configure({ mode: 'serial' });

let relay: CountingDbProxy;
let server: OwnServer | undefined;
let db: Db;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${DATABASE}`);
  relay = await startCountingDbProxy({ host: '127.0.0.1', port: 5432 });
  server = startOwnServer({
    dataDir: '.masthead/e2e-page-cache',
    env: {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${relay.port}/${DATABASE}?sslmode=disable`,
      MASTHEAD_SCHEDULER: 'off',
      NEXTAUTH_SECRET: SECRET,
      // Without the server's short memory of answers (scripts/lib/public-answers.cjs): what is counted
      // here is Next's own cache of whole pages.
      MASTHEAD_ANSWER_CACHE_MS: '0',
    },
  });
  await waitUntilServing(server);
  db = createDb(`postgresql://postgres@127.0.0.1:5432/${DATABASE}`, { poolSize: 1 });
});

test.afterAll(async () => {
  if (server) await killOwnServer(server);
  await db?.$disconnect();
  await relay?.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
});

test('a warm public page is whole cached HTML: no statement reaches the database, and every answer has a nonce of its own', async () => {
  const paths = [ARTICLE, '/articles/no-such-article', '/sections/world', '/', '/rss.xml'];
  const cold = relay.statements();
  for (const path of paths) await get(path); // warm
  const before = relay.statements();
  expect(before - cold).toBeGreaterThan(0); // the relay does see the first renders' reads
  const nonces = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const answer = await get(ARTICLE);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(answer.body).toContain(fixtureArticle.headline);
    // The policy's nonce is the one on the page's scripts, and it is new each time.
    const nonce = /'nonce-([^']+)'/.exec(answer.headers.get('content-security-policy') ?? '')?.[1] ?? '';
    expect(answer.body).toContain(`nonce="${nonce}"`);
    expect(new Set(answer.body.match(/nonce="[^"]+"/g))).toEqual(new Set([`nonce="${nonce}"`]));
    nonces.add(nonce);
    for (const path of paths.slice(1)) expect((await get(path)).status, path).toBe(path.includes('no-such') ? 404 : 200);
  }
  expect(relay.statements() - before).toBe(0);
  expect(nonces.size).toBe(10);
});

test('public answers say how a shared cache may keep them, and under which tags; answers to staff say not to', async () => {
  const answer = await get(ARTICLE);
  expect(answer.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400');
  expect(answer.headers.get('xkey')).toBe(`site navigation article:${fixtureArticle.slug}`);
  const signedIn = await get(ARTICLE, { cookie: 'next-auth.session-token=anything' });
  expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
  expect(signedIn.headers.get('xkey')).toBeNull();
  const desk = await get('/signin');
  expect(desk.headers.get('cache-control')).not.toContain('public');
  expect(desk.headers.get('xkey')).toBeNull();
});

test('a withdrawn article answers 410 Gone from the cache, without a statement', async () => {
  const { slug } = await publishedArticle('Withdrawn from the cache');
  expect((await get(`/articles/${slug}`)).status).toBe(200);
  await db.article.update({ where: { slug }, data: { state: 'UNPUBLISHED' } });
  await revalidate([`article:${slug}`]);
  await expect.poll(async () => (await get(`/articles/${slug}`)).status).toBe(410);

  const before = relay.statements();
  for (let round = 0; round < 5; round++) {
    const answer = await get(`/articles/${slug}`);
    expect(answer.status).toBe(410);
    expect(answer.body).toContain('This article has been withdrawn');
    expect(answer.body).not.toContain('Withdrawn from the cache');
    expect(answer.body).not.toMatch(/gone-[A-Za-z0-9+/=]{24}/); // the server's marker is blanked
  }
  expect(relay.statements() - before).toBe(0);
});

test('an article going live answers 200 or 404, never 410', async () => {
  const { slug } = await publishedArticle('Going live', { state: 'APPROVED', publishedAt: null });
  expect((await get(`/articles/${slug}`)).status).toBe(404);
  const statuses: number[] = [];
  let live = false;
  const readers = Promise.all(
    [0, 1, 2, 3].map(async () => {
      while (!live) {
        const { status } = await get(`/articles/${slug}`);
        statuses.push(status);
        if (status === 200) live = true;
      }
    }),
  );
  await db.article.update({ where: { slug }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
  await revalidate([`article:${slug}`]);
  await readers;
  expect(statuses.filter((status) => status !== 200 && status !== 404)).toEqual([]);
  expect(statuses.at(-1)).toBe(200);
});

// Last: the database stays down.
test('while the database is down, cached pages keep being served', async () => {
  const withdrawn = await publishedArticle('Withdrawn before the outage');
  await db.article.update({ where: { slug: withdrawn.slug }, data: { state: 'UNPUBLISHED' } });
  await revalidate([`article:${withdrawn.slug}`]);
  const warm = [ARTICLE, '/sections/world', '/', '/rss.xml'];
  for (const path of warm) expect((await get(path)).status, path).toBe(200);
  await expect.poll(async () => (await get(`/articles/${withdrawn.slug}`)).status).toBe(410);

  await relay.stop();
  for (let round = 0; round < 3; round++) {
    const article = await get(ARTICLE);
    expect(article.status).toBe(200);
    expect(article.body).toContain(fixtureArticle.headline);
    for (const path of warm.slice(1)) expect((await get(path)).status, path).toBe(200);
    expect((await get(`/articles/${withdrawn.slug}`)).status).toBe(410);
  }
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server!.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function revalidate(tags: string[]) {
  const response = await fetch(`${server!.url}/api/internal/revalidate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidationToken(SECRET)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

/** A live article in World by the fixture article's byline, made in the database (not yet requested). */
async function publishedArticle(headline: string, data: { state?: 'PUBLISHED' | 'APPROVED'; publishedAt?: Date | null } = {}) {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const world = await db.section.findUniqueOrThrow({ where: { name: 'World' } });
  return db.article.create({
    data: {
      slug: `page-cache-${stamp}`,
      headline: `${headline} ${stamp}`,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cached copy.' }] }] },
      bodyHtml: '<p>Cached copy.</p>',
      bodyText: 'Cached copy.',
      state: data.state ?? 'PUBLISHED',
      publishedAt: data.publishedAt === undefined ? new Date() : data.publishedAt,
      sectionId: world.id,
    },
  });
}

async function adminQuery(sql: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
