import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { revalidateOverHttp } from '../cache/revalidate-over-http';
import { createDb } from '../db/client';
import { startScheduler } from '../scheduler/start-scheduler';
import { deliverRevalidations, retryDelayMs } from './deliver-revalidations';
import { enqueueRevalidation } from './enqueue-revalidation';

const t = withTestDatabase();
const T = new Date('2026-12-01T06:00:00Z');
const secret = 'a-long-enough-test-secret';
const seconds = (n: number) => new Date(T.getTime() + n * 1000);

/** The app's internal endpoint, answering each request with the next of `statuses` (then 200). */
async function fakeApp(statuses: number[] = []) {
  const received: string[][] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push((JSON.parse(body) as { tags: string[] }).tags);
      response.writeHead(statuses[received.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, send: revalidateOverHttp({ baseUrl: url, secret }) };
}
const servers: Server[] = [];
const close = (server: Server) => new Promise((resolve) => server.close(resolve));
afterEach(() => Promise.all(servers.splice(0).map(close)));

const outbox = () => t.db.revalidationOutbox.findMany({ orderBy: { id: 'asc' }, select: { tags: true, attempts: true, availableAt: true } });

describe('delivering the revalidation outbox', () => {
  it('sends the union of what is due in one request, deletes it, and leaves what is not due yet', async () => {
    await enqueueRevalidation(t.db, { tags: ['article:a', 'home', 'feed'], now: T });
    await enqueueRevalidation(t.db, { tags: ['article:b', 'home'], now: T, afterMs: [0] });
    const app = await fakeApp();
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => T })).toEqual({ delivered: 2, failed: 0 });
    expect(app.received).toEqual([['article:a', 'article:b', 'feed', 'home']]);
    // The second expiry of the first change, a second later.
    expect(await outbox()).toEqual([{ tags: ['article:a', 'home', 'feed'], attempts: 0, availableAt: seconds(1) }]);
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(1) })).toEqual({ delivered: 1, failed: 0 });
    expect(await outbox()).toEqual([]);
  });

  it('keeps the rows when the app answers 500, and retries after a back-off until it takes them', async () => {
    await enqueueRevalidation(t.db, { tags: ['home'], now: T, afterMs: [0] });
    const app = await fakeApp([500, 503]);
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => T })).toEqual({ delivered: 0, failed: 1 });
    expect(await outbox()).toEqual([{ tags: ['home'], attempts: 1, availableAt: new Date(T.getTime() + retryDelayMs(1)) }]);
    // Not before its back-off…
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(0.5) })).toEqual({ delivered: 0, failed: 0 });
    // …then again (503: a longer back-off), then delivered.
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(1) })).toEqual({ delivered: 0, failed: 1 });
    expect(await outbox()).toMatchObject([{ attempts: 2, availableAt: new Date(seconds(1).getTime() + retryDelayMs(2)) }]);
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(3) })).toEqual({ delivered: 1, failed: 0 });
    expect(app.received).toHaveLength(3);
    expect(await outbox()).toEqual([]);
  });

  it('keeps the rows when no app answers (connection refused), and delivers once one does', async () => {
    await enqueueRevalidation(t.db, { tags: ['home'], now: T, afterMs: [0] });
    const gone = await fakeApp();
    await close(servers.pop()!);
    expect(await deliverRevalidations(t.db, { send: gone.send, clock: () => T })).toEqual({ delivered: 0, failed: 1 });
    expect(await outbox()).toMatchObject([{ tags: ['home'], attempts: 1 }]);
    const app = await fakeApp();
    expect(await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(2) })).toEqual({ delivered: 1, failed: 0 });
    expect(app.received).toEqual([['home']]);
  });

  it('hands the pages to warm only the last expiry of a change: the first is expired again a second later', async () => {
    await enqueueRevalidation(t.db, { tags: ['article:a', 'home'], now: T });
    const app = await fakeApp();
    const warmed: string[][] = [];
    const warm = (tags: readonly string[]) => void warmed.push([...tags]);
    await deliverRevalidations(t.db, { send: app.send, clock: () => T, warm });
    expect(warmed).toEqual([]);
    await deliverRevalidations(t.db, { send: app.send, clock: () => seconds(1), warm });
    expect(warmed).toEqual([['article:a', 'home']]);
    // A retried row is its change's last delivery too.
    await enqueueRevalidation(t.db, { tags: ['article:b'], now: seconds(2), afterMs: [0] });
    const down = await fakeApp([503]);
    await deliverRevalidations(t.db, { send: down.send, clock: () => seconds(2), warm });
    await deliverRevalidations(t.db, { send: down.send, clock: () => seconds(4), warm });
    expect(warmed).toEqual([['article:a', 'home'], ['article:b']]);
  });

  it('backs off 1 s, 2 s, 4 s … up to a minute', () => {
    expect([1, 2, 3, 4, 7, 8, 30].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 60_000, 60_000, 60_000]);
  });

  it('two deliverers at once never send the same row', async () => {
    for (let i = 0; i < 300; i++) await enqueueRevalidation(t.db, { tags: [`article:${i}`], now: T, afterMs: [0] });
    const sent: string[] = [];
    // Slow sends, so the two overlap.
    const send = async (tags: readonly string[]) => {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push(...tags);
    };
    const a = createDb(t.url, { poolSize: 2 });
    const b = createDb(t.url, { poolSize: 2 });
    try {
      const results = await Promise.all([a, b, a, b].map((db) => deliverRevalidations(db, { send, clock: () => T, batchRows: 20 })));
      expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(300);
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
    expect(sent).toHaveLength(300);
    expect(new Set(sent).size).toBe(300);
    expect(await t.db.revalidationOutbox.count()).toBe(0);
  });
});

describe('the edge caches in front, a target of their own', () => {
  const rows = () => t.db.revalidationOutbox.findMany({ orderBy: { id: 'asc' }, select: { tags: true, target: true, attempts: true } });

  it('get what the app took, once it took it; their failures are retried apart from the app’s deliveries', async () => {
    await enqueueRevalidation(t.db, { tags: ['article:a', 'home'], now: T, afterMs: [0] });
    const app = await fakeApp([500]);
    // The app fails: nothing goes to the edge (it would fetch the old page from the app again).
    expect(await deliverRevalidations(t.db, { send: app.send, forwardTo: 'EDGE', clock: () => T })).toEqual({ delivered: 0, failed: 1 });
    expect(await rows()).toEqual([{ tags: ['article:a', 'home'], target: 'APP', attempts: 1 }]);
    expect(await deliverRevalidations(t.db, { send: app.send, forwardTo: 'EDGE', clock: () => seconds(1) })).toEqual({ delivered: 1, failed: 0 });
    expect(await rows()).toEqual([{ tags: ['article:a', 'home'], target: 'EDGE', attempts: 0 }]);

    // The edge is down: its row backs off; the app's deliveries go on meanwhile.
    const edgeDown = () => Promise.reject(new Error('connection refused'));
    expect(await deliverRevalidations(t.db, { send: edgeDown, target: 'EDGE', clock: () => seconds(1) })).toEqual({ delivered: 0, failed: 1 });
    await enqueueRevalidation(t.db, { tags: ['article:b'], now: seconds(1), afterMs: [0] });
    expect(await deliverRevalidations(t.db, { send: app.send, forwardTo: 'EDGE', clock: () => seconds(1.5) })).toEqual({ delivered: 1, failed: 0 });
    expect(app.received.at(-1)).toEqual(['article:b']);

    const purged: string[][] = [];
    const edge = (tags: readonly string[]) => Promise.resolve(void purged.push([...tags]));
    // Only the newly forwarded row is due before the first one's back-off ends…
    expect(await deliverRevalidations(t.db, { send: edge, target: 'EDGE', clock: () => seconds(1.5) })).toEqual({ delivered: 1, failed: 0 });
    // …then the first one goes too.
    expect(await deliverRevalidations(t.db, { send: edge, target: 'EDGE', clock: () => seconds(2) })).toEqual({ delivered: 1, failed: 0 });
    expect(purged).toEqual([['article:b'], ['article:a', 'home']]);
    expect(await rows()).toEqual([]);
  });

  it('an edge cache that never answers slows neither publishing nor the app’s deliveries', async () => {
    const author = await createStaff(t.db);
    const section = await createSection(t.db);
    for (let i = 0; i < 3; i++) await createArticle(t.db, { authors: [author], sectionId: section.id, state: 'SCHEDULED' });
    await t.db.article.updateMany({ data: { publishAt: new Date(Date.now() - 1_000) } });
    const app = await fakeApp();
    const hanging: ((error: Error) => void)[] = [];
    const edge = () => new Promise<void>((_resolve, reject) => hanging.push(reject));
    const scheduler = startScheduler(t.db, { send: app.send, edge, intervalMs: 50, deliveryIntervalMs: 50 });
    try {
      await vi.waitFor(async () => expect(await t.db.article.count({ where: { state: 'PUBLISHED' } })).toBe(3), { timeout: 30_000, interval: 100 });
      // Both expiries reached the app (the second a second later) while the edge's first purge hangs.
      await vi.waitFor(async () => expect(await t.db.revalidationOutbox.count({ where: { target: 'APP' } })).toBe(0), { timeout: 30_000, interval: 100 });
      expect(hanging).toHaveLength(1);
    } finally {
      for (const fail of hanging) fail(new Error('edge gone'));
      await scheduler.stop();
    }
    expect(await t.db.revalidationOutbox.count({ where: { target: 'EDGE' } })).toBeGreaterThan(0);
  });
});

describe('an app that never answers', () => {
  // A generous limit: on a loaded machine the embedded database alone can take many seconds for the five.
  it('does not slow publishing: the scheduler publishes while a delivery hangs', { timeout: 120_000 }, async () => {
    const author = await createStaff(t.db);
    const section = await createSection(t.db);
    for (let i = 0; i < 5; i++) await createArticle(t.db, { authors: [author], sectionId: section.id, state: 'SCHEDULED' });
    await t.db.article.updateMany({ data: { publishAt: new Date(Date.now() + 3_600_000) } });
    await enqueueRevalidation(t.db, { tags: ['home'], afterMs: [0] });
    const hanging: ((error: Error) => void)[] = [];
    const send = () => new Promise<void>((_resolve, reject) => hanging.push(reject));
    const scheduler = startScheduler(t.db, { send, intervalMs: 50, deliveryIntervalMs: 50 });
    try {
      // First the delivery hangs on the app…
      await vi.waitFor(() => expect(hanging).toHaveLength(1), { timeout: 30_000, interval: 50 });
      // …then the articles fall due, and go live while it still hangs.
      await t.db.article.updateMany({ data: { publishAt: new Date(Date.now() - 1_000) } });
      await vi.waitFor(async () => expect(await t.db.article.count({ where: { state: 'PUBLISHED' } })).toBe(5), { timeout: 100_000, interval: 100 });
      expect(hanging).toHaveLength(1); // the same delivery, still waiting for the app
    } finally {
      for (const fail of hanging) fail(new Error('app gone'));
      await scheduler.stop();
    }
    // The hung row is still there, and every published page waits in the outbox for the app.
    const queued = new Set((await t.db.revalidationOutbox.findMany()).flatMap((row) => row.tags));
    const published = await t.db.article.findMany({ where: { state: 'PUBLISHED' }, select: { slug: true } });
    expect(published.filter(({ slug }) => !queued.has(`article:${slug}`))).toEqual([]);
    expect(queued.has('home')).toBe(true);
  });
});
