import type { DbOrTx } from '../db/client';
import type { RevalidationTarget } from '../db/generated/enums';

/**
 * A reader's render that read the rows just before a change committed can store its (old) result just after
 * the first expiry; expiring the same tags once more a moment later removes it, so readers see the change
 * within about a second even then.
 */
export const SECOND_EXPIRY_AFTER_MS = 1_000;

/**
 * Puts the public cache tags a change touched into the revalidation outbox. Called inside the change's own
 * transaction: it commits with the change (so a published article always gets its pages expired, even if
 * this process dies a moment later) and rolls back with it (so nothing is expired for a change that did not
 * happen). Delivery is deliverRevalidations' job, apart from the writer.
 *
 * `afterMs`: one row per delivery wanted, that long from `now`. By default at once and again a moment later
 * (see SECOND_EXPIRY_AFTER_MS); a request that already expired its tags in-process asks only for the second.
 * `target`: the app instances' caches (the default; once they took the tags, the deliverer passes them on
 * to the edge caches, if any) or the edge caches directly (for tags the app already expired in-process).
 */
export async function enqueueRevalidation(
  db: DbOrTx,
  {
    tags,
    now = new Date(),
    afterMs = [0, SECOND_EXPIRY_AFTER_MS],
    target = 'APP',
  }: { tags: readonly string[]; now?: Date; afterMs?: readonly number[]; target?: RevalidationTarget },
): Promise<void> {
  if (tags.length === 0) return;
  await db.revalidationOutbox.createMany({
    data: afterMs.map((delay) => ({ tags: [...tags], target, availableAt: new Date(now.getTime() + delay), createdAt: now })),
  });
}
