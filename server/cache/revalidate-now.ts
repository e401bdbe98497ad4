import { revalidateTag } from 'next/cache';

/**
 * Expires the tags at once, for the route layer to hand to domain operations. `{ expire: 0 }` rather than
 * the 'max' profile: 'max' is stale-while-revalidate and would serve the old page to the next reader once
 * more; updateTag expires at once too but throws outside Server Actions, and our writes arrive through
 * route handlers (tRPC, the internal revalidation endpoint). Next applies the tags when the request ends.
 */
export async function revalidateNow(tags: readonly string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Promise.resolve();
}

type ExpireTags = (tags: readonly string[]) => Promise<void>;

/**
 * Expires the tags in the cache handler itself (server/cache/cache-handler.mjs, all of them in one pass)
 * and resolves once they are gone from every instance's view. For the internal revalidation endpoint: the
 * deliverer takes its answer as "expired" and renders the pages again right after it (warm-public-pages.ts),
 * which revalidateNow's expiry, applied after the answer, would race (a warm reading the old page, or its
 * new render deleted a moment later). Falls back to revalidateNow in a process without that handler.
 */
export async function expireAndWait(tags: readonly string[]): Promise<void> {
  const expire = (globalThis as { [key: symbol]: ExpireTags | undefined })[Symbol.for('masthead.expireTags')];
  if (expire) await expire(tags);
  else await revalidateNow(tags);
}
