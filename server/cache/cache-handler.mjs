// The Next.js cache handler (next.config.ts), keeping the public site's cached pages and reads where they
// cannot outlive the database they were read from. Plain JavaScript because Next loads it at run time,
// outside the TypeScript build.
//  - REDIS_URL set: one cache in Redis shared by every app instance, so a page revalidated by one is fresh
//    on all. Keys start with MASTHEAD_CACHE_PREFIX (default "masthead:", so several sites or test runs
//    can share one Redis) followed by the database's identity (the DatabaseIdentity row, made by the
//    migration that created it): a new or replaced database starts from an empty cache.
//  - Otherwise: in this process's memory, which lives no longer than the server and so than the database
//    it was started with. (Next's own file cache would keep entries in .next across restarts, and served
//    the old articles after the data folder had been deleted.)
//
// @fortedigital/nextjs-cache-handler: maintained, made for Next 16's `cacheHandler` (unstable_cache, ISR);
// revalidateTag deletes every entry with the tag, so expiry is immediate whatever the profile.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import pg from 'pg';
import { createClient } from 'redis';
import { expireInRedis } from './expire-redis-tags.mjs';
import { renderLeases } from './render-lease.mjs';

const globalKey = Symbol.for('masthead.cacheHandlerConfig');

/** One configuration (and Redis connection) per process, however many times Next creates a handler. */
function configured() {
  globalThis[globalKey] ??= createConfig().then((config) => ({ ...config, handlers: config.handlers.map(notFoundShortLived) }));
  return globalThis[globalKey];
}

CacheHandler.onCreation(configured);

/**
 * Expires every entry carrying any of `tags`, in every handler, and resolves once they are gone. The
 * library expires a request's tags one by one, each a scan (and JSON parse) of Redis's whole tag index:
 * 1,000 articles going live at once were 1,000 scans of thousands of entries, twice, on the instance's main
 * thread while their pages waited. Here one scan serves them all. The server's short-lived memory of public answers
 * (scripts/lib/public-answers.cjs) is emptied too, so a change shows on the next request of this instance.
 * Also reachable from the app's code (Symbol.for('masthead.expireTags')): the internal revalidation
 * endpoint awaits it, so its answer means "expired", where Next's revalidateTag runs after the answer.
 */
async function expireTags(tags) {
  if (tags.length === 0) return;
  const { expirers } = await configured();
  await Promise.all(expirers.map((expire) => expire(tags)));
  globalThis[Symbol.for('masthead.publicAnswerCache')]?.clear();
}

globalThis[Symbol.for('masthead.expireTags')] = expireTags;

/**
 * The library's handler, with a request's tags expired together (see expireTags), and with Redis, a page
 * missing from the cache rendered by one instance for all (render-lease.mjs): the instance that misses it
 * first renders it, the others wait for what it stores.
 */
class MastheadCacheHandler extends CacheHandler {
  async get(cacheKey, ctx) {
    const read = async () => withLifetime(await super.get(cacheKey, ctx));
    const found = await read();
    if (found || ctx?.kind !== 'APP_PAGE') return found;
    const { leases } = await configured();
    return leases ? leases.awaitOrTake(cacheKey, read) : null;
  }

  async set(cacheKey, value, ctx) {
    try {
      await super.set(cacheKey, value, ctx);
    } finally {
      if (value?.kind === 'APP_PAGE') await (await configured()).leases?.release(cacheKey);
    }
  }

  async revalidateTag(tag) {
    await expireTags(typeof tag === 'string' ? [tag] : tag);
  }
}

/**
 * A stored page with the lifetime it was rendered with (`revalidate`, kept by the library in its lifespan)
 * said the way Next reads it (`cacheControl`). Without it, Next takes a page whose lifetime this process
 * does not remember, one another instance rendered (or this one before a restart), as due again a second
 * after it was rendered: every page served STALE once per process and rendered again, twice the renders
 * when 1,000 scheduled articles went live on two instances.
 */
function withLifetime(found) {
  const kind = found?.value?.kind;
  if (!found || found.cacheControl || (kind !== 'APP_PAGE' && kind !== 'APP_ROUTE')) return found;
  return { ...found, cacheControl: { revalidate: found.lifespan?.revalidate ?? false, expire: undefined } };
}

// Seconds a cached "not found" page is kept. Pages are otherwise kept until revalidated (a year, for the
// handler), but every address anyone makes up is a 404 page of its own: kept that long, a crawler or a
// scanner would fill Redis without bound. A short life still answers a hot 404 (a link shared just before
// its article goes live) from the cache, and publishing expires it at once by its tags anyway. Withdrawn
// articles (410, rendered as 404 pages with a marker) are re-rendered as often: one query a minute.
const NOT_FOUND_PAGE_SECONDS = 60;

function notFoundShortLived(handler) {
  return {
    ...handler,
    async set(key, value, ctx) {
      return handler.set(key, value?.value?.kind === 'APP_PAGE' && value.value.status === 404 ? shortLived(value) : value, ctx);
    },
  };
}

function shortLived(value) {
  const lastModifiedAt = Math.floor(value.lastModified / 1000);
  const expireAt = lastModifiedAt + NOT_FOUND_PAGE_SECONDS;
  return {
    ...value,
    lifespan: { ...value.lifespan, lastModifiedAt, staleAge: NOT_FOUND_PAGE_SECONDS, staleAt: expireAt, expireAge: NOT_FOUND_PAGE_SECONDS, expireAt },
  };
}

async function createConfig() {
  // The build has no database and nothing to keep.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [], expirers: [] };
  if (!process.env.REDIS_URL) {
    // In memory, a tag at a time is cheap: no scan of a remote index.
    const lru = createLruHandler();
    return { handlers: [lru], expirers: [async (tags) => { for (const tag of tags) await lru.revalidateTag(tag); }] };
  }
  let identity;
  try {
    identity = await databaseIdentity(process.env.DATABASE_URL);
  } catch (error) {
    // Without knowing which database this is, any shared cache entry could be another database's.
    console.error(`Cache: cannot read the database's identity (${error.message}): serving without a cache.`);
    return { handlers: [], expirers: [] };
  }
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  // node-redis reconnects by itself; without a listener an error event would end the process.
  client.on('error', (error) => console.error(`Redis cache: ${error.message}`));
  try {
    await client.connect();
  } catch (error) {
    // Better uncached (always correct, slower) than a cache of this instance's own that the others
    // cannot revalidate: an unpublished article would stay readable there.
    console.error(`Redis cache unreachable at start (${error.message}): serving without a cache.`);
    return { handlers: [], expirers: [] };
  }
  const keyPrefix = `${process.env.MASTHEAD_CACHE_PREFIX || 'masthead:'}${identity}:`;
  return {
    handlers: [createRedisHandler({ client, keyPrefix })],
    expirers: [(tags) => expireInRedis(client, keyPrefix, tags)],
    leases: renderLeases({ client, keyPrefix }),
  };
}

async function databaseIdentity(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT "value" FROM "DatabaseIdentity" WHERE "id" = 1');
    if (!rows[0]) throw new Error('the DatabaseIdentity row is missing');
    return rows[0].value;
  } finally {
    await client.end();
  }
}

export default MastheadCacheHandler;
