import { setTimeout as sleep } from 'node:timers/promises';
import { logger } from '../logger';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { revalidationToken } from './revalidation-token';

/** The path of the internal endpoint (app/api/internal/revalidate/route.ts). */
export const REVALIDATE_PATH = '/api/internal/revalidate';

/**
 * Revalidation for the scheduler, which runs outside any request: inside an app server (instrumentation.ts)
 * or as `npm run worker`. Next's revalidateTag only works inside a request of the server that owns the
 * cache, so the scheduler asks an app instance to do it through the internal endpoint, authenticated with
 * a token derived from NEXTAUTH_SECRET. One mechanism for both places, and it works with either cache:
 * without Redis the instance expires its own cache; with REDIS_URL the handler expires the shared entries,
 * so one call reaches every instance. (The worker writing to Redis itself would only cover the Redis case.)
 *
 * The article is already committed when this runs, so a failure must not undo or fail the step: retried a
 * few times (the first scheduler run can come before the server listens), then logged.
 */
export function revalidateOverHttp({
  baseUrl,
  secret,
  attempts = 5,
  retryDelayMs = 500,
}: {
  baseUrl: string;
  secret: string;
  attempts?: number;
  retryDelayMs?: number;
}): RevalidatePublicPages {
  const url = new URL(REVALIDATE_PATH, baseUrl);
  const token = revalidationToken(secret);
  return async (tags) => {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ tags }),
          signal: AbortSignal.timeout(5_000),
        });
        if (response.ok) return;
        // A refusal (wrong secret, bad request) will not get better by asking again.
        if (response.status < 500) {
          logger.error({ status: response.status, url: url.href, tags }, 'public pages not revalidated: the app refused');
          return;
        }
      } catch (error) {
        if (attempt === attempts) logger.error({ err: error, url: url.href, tags }, 'public pages not revalidated: the app did not answer');
      }
      if (attempt < attempts) await sleep(retryDelayMs);
    }
  };
}
