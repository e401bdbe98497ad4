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
