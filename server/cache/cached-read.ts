import { unstable_cache } from 'next/cache';
import superjson from 'superjson';
import { cacheTags } from '../site/cache-tags';

/**
 * One read of the public site through the Next.js data cache (the `cacheHandler`: in memory and on disk, or
 * Redis when REDIS_URL is set, see cache-handler.mjs): stored under `key`, tagged `site` plus `tags`, and
 * kept until one of those tags is revalidated (or `revalidateSeconds` pass, for reads that age on their
 * own). The value goes through superjson because the cache stores JSON and pages need their Dates back.
 *
 * unstable_cache rather than 'use cache': the maintained Redis handler plugs into `cacheHandler`, which
 * serves unstable_cache; 'use cache' needs `cacheComponents` and a `cacheHandlers` implementation.
 */
export async function cachedRead<T>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
  { revalidateSeconds }: { revalidateSeconds?: number } = {},
): Promise<T> {
  const serialized = await unstable_cache(async () => superjson.stringify(await read()), ['public', ...key], {
    tags: [cacheTags.site, ...tags],
    revalidate: revalidateSeconds ?? false,
  })();
  return superjson.parse<T>(serialized);
}
