import { randomBytes } from 'node:crypto';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient, type RedisClientType } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireInRedis } from './expire-redis-tags.mjs';
import { renderLeases } from './render-lease.mjs';

/** The shared page cache's additions (cache-handler.mjs) against a real Redis, each run under a key prefix of its own. */
const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const keyPrefix = `masthead-test-${randomBytes(4).toString('hex')}:`;
let client: RedisClientType;
type CachedValue = Parameters<ReturnType<typeof createRedisHandler>['set']>[1]['value'];

beforeAll(async () => {
  // The plain client the cache handler makes (createClient's default type adds modules the handler's type lacks).
  client = createClient({ url: redisUrl }) as unknown as RedisClientType;
  await client.connect();
});

afterAll(async () => {
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) if (keys.length) await client.unlink(keys);
  await client.quit();
});

describe('expiring many tags at once', () => {
  it("removes every entry carrying any of the tags from the library's own handler, and nothing else", async () => {
    const handler = createRedisHandler({ client, keyPrefix });
    // A data-cache entry as Next hands it over (the kind is a const enum of Next's, not importable here).
    const value = { kind: 'FETCH', data: { headers: {}, body: '', url: '' }, revalidate: false } as unknown as CachedValue;
    const entry = (tags: string[]) => ({ lastModified: Date.now(), lifespan: null, tags, value });
    for (let n = 0; n < 300; n++) await handler.set(`page-${n}`, entry(['site', `article:a-${n}`]), {});
    await handler.set('home', entry(['site', 'home']), {});

    // 200 articles' tags and the front page's, as one going-live delivery carries them.
    await expireInRedis(client, keyPrefix, [...Array.from({ length: 200 }, (_, n) => `article:a-${n}`), 'home', 'feed']);

    const left = await Promise.all(Array.from({ length: 300 }, async (_, n) => (await handler.get(`page-${n}`, { implicitTags: [] })) !== null));
    expect(left.slice(0, 200).filter(Boolean)).toHaveLength(0);
    expect(left.slice(200).every(Boolean)).toBe(true);
    expect(await handler.get('home', { implicitTags: [] })).toBeNull();
    expect(await client.hLen(`${keyPrefix}__sharedTags__`)).toBe(100);
  });
});

/** A cache still without the page. */
const nothingStored = () => Promise.resolve(null);

describe('one render for every instance', () => {
  it('the first to miss a page renders it; another missing it meanwhile gets the page it stores instead of rendering', async () => {
    const leases = renderLeases({ client, keyPrefix });
    const key = `${keyPrefix}page-rendered-once`;
    expect(await leases.awaitOrTake('page-rendered-once', () => client.get(key))).toBeNull();
    const waiting = leases.awaitOrTake('page-rendered-once', () => client.get(key));
    await client.set(key, 'the page');
    await leases.release('page-rendered-once');
    expect(await waiting).toBe('the page');
  });

  it('a render that never stores its page holds the others back only for a while, and a released page renders again at once', async () => {
    const leases = renderLeases({ client, keyPrefix, waitMs: 200 });
    expect(await leases.awaitOrTake('page-failed', nothingStored)).toBeNull();
    const started = Date.now();
    expect(await leases.awaitOrTake('page-failed', nothingStored)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    await leases.release('page-failed');
    expect(await leases.awaitOrTake('page-failed', nothingStored)).toBeNull();
  });
});
