import type { RevalidatePublicPages } from '../site/revalidation-port';

/** Long enough for a render that read the rows before the write committed to have stored its result. */
export const SECOND_EXPIRY_AFTER_MS = 1_000;

/**
 * Expires the tags now, and once more a moment later. A reader's render that read the rows just before
 * the write committed can store its result just after the first expiry; without the second one that old
 * version would stay until the next change (an unpublished article could linger). The second expiry is
 * best-effort and never delays the write's answer.
 */
export function revalidateTwice({
  now,
  later,
  afterMs = SECOND_EXPIRY_AFTER_MS,
}: {
  now: RevalidatePublicPages;
  later: RevalidatePublicPages;
  afterMs?: number;
}): RevalidatePublicPages {
  return async (tags) => {
    await now(tags);
    if (tags.length === 0) return;
    setTimeout(() => void later(tags), afterMs).unref();
  };
}
