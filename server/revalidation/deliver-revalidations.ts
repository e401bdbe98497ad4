import type { Db } from '../db/client';
import type { RevalidationTarget } from '../db/generated/enums';
import { logger } from '../logger';

/** Sends tags to be expired; throws when they were not (the app refused, failed or did not answer). */
export type SendRevalidation = (tags: readonly string[]) => Promise<void>;

/**
 * Renders again, ahead of readers, the pages whose tags were expired for the last time (see `warm` below);
 * best effort and not awaited: a page not warmed is rendered on its first request.
 */
export type WarmPublicPages = (tags: readonly string[]) => void;

/** Outbox rows taken per delivery: their tags go out together, as one union. */
export const DELIVERY_BATCH_ROWS = 500;
/** The most tags one request carries (the internal endpoint accepts up to 1,000). */
export const TAGS_PER_REQUEST = 1_000;
/**
 * How long a claimed batch is this deliverer's: longer than a send can take (its timeout), so no other
 * deliverer sends it meanwhile; if this process dies mid-send, the rows come back after it.
 */
export const DELIVERY_LEASE_MS = 30_000;

/** Wait before the next try after `attempts` failed ones: 1 s, 2 s, 4 s … up to a minute. */
export function retryDelayMs(attempts: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempts - 1), 60_000);
}

export type DeliveryResult = { delivered: number; failed: number };

/**
 * Delivers what is due in the revalidation outbox, batch by batch, until nothing due is left. Each batch is
 * claimed in one statement (`FOR UPDATE SKIP LOCKED`, then leased by moving `availableAt` past the send),
 * so two instances never send the same rows, and no transaction stays open during the network call. The
 * union of the batch's tags is sent; on success the rows are deleted, on failure they come back after a
 * back-off (retryDelayMs). A committed change is never undone or held up by this: it runs on its own timer.
 *
 * Each `target` is delivered by a loop of its own (server/scheduler/start-scheduler.ts): the app instances'
 * caches (APP) and the edge caches in front (EDGE), so either one being down holds up only its own rows.
 * `forwardTo`: once the app took a batch, the same tags are queued for the edge, in the transaction that
 * deletes the batch. In that order on purpose: an edge purged before the app expired its copy would fetch
 * the old page from the app again and keep it.
 *
 * `warm` (APP target): given the tags of the delivered rows that were a change's LAST expiry (a row due
 * later than it was written: the second expiry, a request's only one, or a retry), whose pages will not be
 * expired again, so a page rendered now stays. Warming after the first expiry would be thrown away by the
 * second a second later.
 */
export async function deliverRevalidations(
  db: Db,
  {
    send,
    target = 'APP',
    forwardTo,
    clock = () => new Date(),
    batchRows = DELIVERY_BATCH_ROWS,
    warm,
  }: {
    send: SendRevalidation;
    target?: RevalidationTarget;
    forwardTo?: RevalidationTarget;
    clock?: () => Date;
    batchRows?: number;
    warm?: WarmPublicPages;
  },
): Promise<DeliveryResult> {
  const result: DeliveryResult = { delivered: 0, failed: 0 };
  for (;;) {
    const now = clock();
    const batch = await claimBatch(db, target, now, batchRows);
    if (batch.length === 0) return result;
    const ids = batch.map((row) => row.id);
    const tags = [...new Set(batch.flatMap((row) => row.tags))].sort();
    try {
      for (let i = 0; i < tags.length; i += TAGS_PER_REQUEST) await send(tags.slice(i, i + TAGS_PER_REQUEST));
      const done = db.revalidationOutbox.deleteMany({ where: { id: { in: ids } } });
      if (forwardTo) {
        await db.$transaction([done, db.revalidationOutbox.create({ data: { tags, target: forwardTo, availableAt: clock() } })]);
      } else {
        await done;
      }
      result.delivered += batch.length;
      const last = batch.filter((row) => row.last);
      if (warm && last.length) warm([...new Set(last.flatMap((row) => row.tags))]);
    } catch (error) {
      const attempts = Math.min(...batch.map((row) => row.attempts));
      const retryAt = new Date(clock().getTime() + retryDelayMs(attempts));
      await db.revalidationOutbox.updateMany({ where: { id: { in: ids } }, data: { availableAt: retryAt } });
      logger.error({ err: error, target, rows: batch.length, tags: tags.length, attempts, retryAt }, 'public pages not revalidated yet: retrying later');
      result.failed += batch.length;
      // The app is not taking them now: leave the rest of the outbox for the next run.
      return result;
    }
  }
}

/** `last`: due later than written, so the last expiry of its change (see deliverRevalidations' `warm`). */
type ClaimedRow = { id: bigint; tags: string[]; attempts: number; last: boolean };

/** The oldest due rows nobody else holds, leased to this deliverer (and counted as an attempt). */
async function claimBatch(db: Db, target: RevalidationTarget, now: Date, limit: number): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
  return db.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id, "availableAt" > "createdAt" AS last FROM "RevalidationOutbox"
      WHERE target = ${target}::"RevalidationTarget" AND "availableAt" <= ${now}
      ORDER BY id LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE "RevalidationOutbox" o SET "availableAt" = ${leaseUntil}, attempts = o.attempts + 1
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.tags, o.attempts, due.last`;
}
