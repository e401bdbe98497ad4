import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { applyTransition } from '../article/transition-article';
import { logger } from '../logger';
import { enqueueRevalidation } from '../revalidation/enqueue-revalidation';
import { PUBLISH_BATCH_SIZE, publishDueBatch, TRANSACTION_OPTIONS } from './publish-due-batch';

export type DueWorkResult = { published: string[]; held: string[]; unpublished: string[]; failed: string[] };

/**
 * Publishes every SCHEDULED article whose time has come and unpublishes every PUBLISHED one past its
 * unpublish time. The claim is the row lock itself (`FOR UPDATE SKIP LOCKED`): two app instances (or an
 * instance and `npm run worker`) never take the same article, and what one has done the other sees in the
 * state. Nothing lives in memory, so after a restart the first run catches up on everything that fell due
 * meanwhile.
 *
 * Due articles are published in batches (publish-due-batch.ts: set-based, one transaction per batch of
 * `batchSize`), so a burst of 1,000 costs a few dozen statements, not thousands. Just before publishing,
 * the workflow rules run again as the system actor; an article that no longer qualifies is held (back to
 * APPROVED, logged, editors notified) rather than published. If a batch fails, its articles are retried
 * one per transaction, so one bad article cannot hold the others back; an article whose own transaction
 * fails stays SCHEDULED, is logged, and is retried on the next run. Take-downs go one per transaction.
 *
 * The public pages a step changed go into the revalidation outbox in the same transaction
 * (server/revalidation/): delivering them is not this run's business, so an app that is slow or down never
 * slows publishing. Each batch's time (`publishedAt`, its events) is read from `clock` when its own
 * transaction starts: at most one batch's duration before it went live, not the moment the run began.
 *
 * `concurrency` batches (or single articles) are processed at once, each in its own transaction on its own
 * connection (SKIP LOCKED keeps them apart as it does two instances).
 */
export async function runDueWork(
  db: Db,
  {
    clock = () => new Date(),
    limit = 1_000,
    concurrency = 1,
    batchSize = PUBLISH_BATCH_SIZE,
  }: { clock?: () => Date; limit?: number; concurrency?: number; batchSize?: number } = {},
): Promise<DueWorkResult> {
  const result: DueWorkResult = { published: [], held: [], unpublished: [], failed: [] };
  let claims = 0;
  let batchesFailed = false;
  const batches = async () => {
    while (!batchesFailed && claims < limit) {
      const size = Math.min(batchSize, limit - claims);
      claims += size; // reserved, so concurrent batches stay within the limit
      try {
        const batch = await publishDueBatch(db, { clock, size, skip: result.failed });
        claims -= size - (batch ? batch.published.length + batch.held.length : 0);
        if (!batch) return;
        result.published.push(...batch.published);
        result.held.push(...batch.held);
      } catch (error) {
        // Rolled back: nothing of the batch happened. What is still due goes one by one below.
        logger.error({ err: error }, 'scheduler: a batch of due articles failed; retrying them one by one');
        claims -= size;
        batchesFailed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, batches));
  const singles = async () => {
    while (claims++ < limit) {
      const outcome = await claimAndApply(db, clock, result.failed);
      if (!outcome) return;
      result[outcome.kind].push(outcome.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, singles));
  return result;
}

type Outcome = { kind: 'published' | 'held' | 'unpublished' | 'failed'; id: string } | null;


async function claimAndApply(db: Db, clock: () => Date, skip: string[]): Promise<Outcome> {
  let claimedId: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const now = clock();
      const claimed = await claimNext(tx, now, skip);
      if (!claimed) return null;
      claimedId = claimed.id;
      const article = await tx.article.findUniqueOrThrow({
        where: { id: claimed.id },
        include: { bylines: { orderBy: { position: 'asc' } }, lastModifiedBy: { select: { name: true } } },
      });
      const system = { kind: 'system' as const };
      if (claimed.due === 'unpublish') {
        const { touchedTags } = await applyTransition(tx, { article, actor: system, actorName: null, action: 'unpublishExpired', input: { comment: 'Unpublish time reached' }, now });
        await enqueueRevalidation(tx, { tags: touchedTags, now });
        return { kind: 'unpublished' as const, id: article.id };
      }
      try {
        const { touchedTags } = await applyTransition(tx, { article, actor: system, actorName: null, action: 'publishScheduled', input: {}, now });
        await enqueueRevalidation(tx, { tags: touchedTags, now });
        return { kind: 'published' as const, id: article.id };
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'PRECONDITION_FAILED') throw error;
        const reason = (error.details.problems ?? []).join('; ');
        const { touchedTags } = await applyTransition(tx, { article, actor: system, actorName: null, action: 'holdScheduled', input: { comment: `Not published: ${reason}` }, now });
        await enqueueRevalidation(tx, { tags: touchedTags, now });
        logger.warn({ articleId: article.id, problems: error.details.problems }, 'scheduled article held: it no longer qualifies');
        return { kind: 'held' as const, id: article.id };
      }
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // The transaction rolled back, so the article is still due: the run skips it from now on (its failed
    // list is the skip list) and the next run retries it. (If the claim itself failed, stop this run.)
    logger.error({ err: error, articleId: claimedId }, 'scheduler: a due article could not be processed; it will be retried');
    if (!claimedId) return null;
    return { kind: 'failed', id: claimedId };
  }
}

/** The oldest due article nobody else holds, locked for this transaction (an embargoed one is not due: see claimDue). */
async function claimNext(tx: Tx, now: Date, skip: string[]): Promise<{ id: string; due: 'publish' | 'unpublish' } | null> {
  const rows = await tx.$queryRaw<{ id: string; due: 'publish' | 'unpublish' }[]>`
    SELECT id::text AS id, CASE WHEN state = 'SCHEDULED' THEN 'publish' ELSE 'unpublish' END AS due
    FROM "Article"
    WHERE ((state = 'SCHEDULED' AND "publishAt" <= ${now} AND ("embargoUntil" IS NULL OR "embargoUntil" <= ${now}))
        OR (state = 'PUBLISHED' AND "unpublishAt" <= ${now}))
      AND NOT (id::text = ANY(${skip}))
    ORDER BY COALESCE("publishAt", "unpublishAt") ASC
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return rows[0] ?? null;
}
