import type { SendRevalidation } from '../revalidation/deliver-revalidations';
import { PURGE_KEYS_HEADER, PURGE_METHOD } from './surrogate-keys';

/** The longest keys header one purge carries: well inside Varnish's 8 KB per header line. */
export const PURGE_HEADER_MAX_CHARS = 4_000;

/**
 * How the revalidation outbox reaches the edge caches in front of the app (varnish/masthead.vcl): one
 * `PURGE` per cache (all in parallel) carrying the tags as xkey keys and the bearer token. Tags that do not
 * fit one header go in several purges. One attempt each, bounded by `timeoutMs`; it throws unless every
 * cache purged them all, and the outbox retries the batch later (purging twice is harmless).
 */
export function purgeEdge({ urls, token, timeoutMs = 5_000 }: { urls: readonly string[]; token: string; timeoutMs?: number }): SendRevalidation {
  return async (tags) => {
    const chunks = keyChunks(tags);
    const results = await Promise.allSettled(
      urls.map(async (url) => {
        for (const keys of chunks) {
          const response = await fetch(url, {
            method: PURGE_METHOD,
            headers: { Authorization: `Bearer ${token}`, [PURGE_KEYS_HEADER]: keys },
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (response.status !== 200) throw new Error(`${url} answered the purge with ${response.status}`);
        }
      }),
    );
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (failures.length) throw new AggregateError(failures, failures.map(String).join('; '));
  };
}

/** The tags as space-separated header values, each at most PURGE_HEADER_MAX_CHARS long. */
export function keyChunks(tags: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const tag of tags) {
    if (current && current.length + 1 + tag.length > PURGE_HEADER_MAX_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current} ${tag}` : tag;
  }
  if (current) chunks.push(current);
  return chunks;
}
