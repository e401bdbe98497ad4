import { unstable_cache } from 'next/cache';
import superjson from 'superjson';
import { cacheTags } from '../site/cache-tags';

/** Carries a value out of unstable_cache without it being stored (unstable_cache stores only what returns). */
class NotStored extends Error {
  constructor(readonly value: unknown) {
    super('not stored');
  }
}

/**
 * One read of the public site through the Next.js data cache (the `cacheHandler`: this process's memory, or
 * Redis when REDIS_URL is set, see cache-handler.mjs): stored under `key`, tagged `site` plus `tags`,
 * and kept until one of those tags is revalidated (or `revalidateSeconds` pass, for reads that age on
 * their own). The value goes through superjson because the cache stores JSON and pages need their Dates.
 *
 * `store` says which results are worth keeping: an address with nothing behind it is read from the
 * database each time rather than stored, or anyone could fill the cache by asking for made-up URLs.
 *
 * unstable_cache rather than 'use cache': the maintained Redis handler plugs into `cacheHandler`, which
 * serves unstable_cache; 'use cache' needs `cacheComponents` and a `cacheHandlers` implementation.
 */
export async function cachedRead<T>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
  { revalidateSeconds, store = () => true }: { revalidateSeconds?: number; store?: (value: T) => boolean } = {},
): Promise<T> {
  const cached = unstable_cache(
    async () => {
      const value = await read();
      if (!store(value)) throw new NotStored(value);
      return superjson.stringify(value);
    },
    ['public', ...key],
    { tags: [cacheTags.site, ...tags], revalidate: revalidateSeconds ?? false },
  );
  try {
    return superjson.parse<T>(await cached());
  } catch (error) {
    if (error instanceof NotStored) return error.value as T;
    throw error;
  }
}
