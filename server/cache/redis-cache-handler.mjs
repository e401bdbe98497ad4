// The Next.js cache handler when REDIS_URL is set (next.config.ts): every app instance reads and writes
// one cache in Redis, so a page revalidated by one instance is fresh on all of them. Plain JavaScript
// because Next loads it at run time, outside the TypeScript build.
//
// @fortedigital/nextjs-cache-handler: maintained, made for Next 16's `cacheHandler` (unstable_cache, ISR),
// and its revalidateTag deletes every entry with the tag in Redis, so expiry is immediate on every
// instance whatever the profile. Keys carry MASTHEAD_CACHE_PREFIX (default "masthead:") so several sites
// or test runs can share one Redis.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { createClient } from 'redis';

const globalKey = Symbol.for('masthead.redisCacheHandlerConfig');

CacheHandler.onCreation(() => {
  // One Redis connection per process, however many times Next creates a handler.
  globalThis[globalKey] ??= createConfig();
  return globalThis[globalKey];
});

async function createConfig() {
  // The build has nothing to share and must not need Redis.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [] };
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  // node-redis reconnects by itself; without a listener an error event would end the process.
  client.on('error', (error) => console.error(`Redis cache: ${error.message}`));
  try {
    await client.connect();
  } catch (error) {
    // Better uncached (always correct, slower) than a cache of this instance's own that the others
    // cannot revalidate: an unpublished article would stay readable there.
    console.error(`Redis cache unreachable at start (${error.message}): serving without a cache.`);
    return { handlers: [] };
  }
  return { handlers: [createRedisHandler({ client, keyPrefix: process.env.MASTHEAD_CACHE_PREFIX || 'masthead:' })] };
}

export default CacheHandler;
