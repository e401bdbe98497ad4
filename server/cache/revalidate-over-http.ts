import type { SendRevalidation } from '../revalidation/deliver-revalidations';
import { revalidationToken } from './revalidation-token';

/** The path of the internal endpoint (app/api/internal/revalidate/route.ts). */
export const REVALIDATE_PATH = '/api/internal/revalidate';

/**
 * How the revalidation outbox is delivered (server/revalidation/): a POST of the tags to an app instance's
 * internal endpoint, authenticated with a token derived from NEXTAUTH_SECRET. Next's revalidateTag only
 * works inside a request of the server that owns the cache, and the deliverer runs outside any request
 * (inside an app server, instrumentation.ts, or as `npm run worker`). One mechanism for both places, and it
 * works with either cache: without Redis the instance expires its own cache; with REDIS_URL the handler
 * expires the shared entries, so one call reaches every instance.
 *
 * One attempt, bounded by `timeoutMs`; it throws unless the app says the tags were expired. Retrying, with
 * back-off, is the outbox's job.
 */
export function revalidateOverHttp({ baseUrl, secret, timeoutMs = 5_000 }: { baseUrl: string; secret: string; timeoutMs?: number }): SendRevalidation {
  const url = new URL(REVALIDATE_PATH, baseUrl);
  const token = revalidationToken(secret);
  return async (tags) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  };
}
