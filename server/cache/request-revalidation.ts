import { appDb } from '../db/client';
import { env } from '../env';
import { logger } from '../logger';
import { enqueueRevalidation, SECOND_EXPIRY_AFTER_MS } from '../revalidation/enqueue-revalidation';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { revalidateNow } from './revalidate-now';

/**
 * Next applies a request's revalidateTag when the request ends: an edge purged before that would fetch the
 * old page from this instance again and keep it until the second expiry. The purge waits this long.
 */
export const EDGE_PURGE_AFTER_REQUEST_MS = 250;

/**
 * How writes made in a request (tRPC, server components) revalidate public pages: at once, in the request
 * (the writer's next page view shows the change), and a second time a moment later through the revalidation
 * outbox (see SECOND_EXPIRY_AFTER_MS), which delivers it batched with everything else due, and retries it.
 * With edge caches (MASTHEAD_EDGE_PURGE_URLS) the tags are also queued for them, due just after this request
 * (its own expiry needs no delivery). The second expiry passes them on to the edge once more.
 */
export const requestRevalidation = (): RevalidatePublicPages => async (tags) => {
  await revalidateNow(tags);
  try {
    await enqueueRevalidation(appDb(), { tags, afterMs: [SECOND_EXPIRY_AFTER_MS] });
    if (env().MASTHEAD_EDGE_PURGE_URLS) await enqueueRevalidation(appDb(), { tags, target: 'EDGE', afterMs: [EDGE_PURGE_AFTER_REQUEST_MS] });
  } catch (error) {
    // The write is committed and its pages already expired once: its answer must not turn into an error.
    logger.error({ err: error, tags }, 'second expiry of public pages not queued');
  }
};
