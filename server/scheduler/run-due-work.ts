import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { applyTransition } from '../article/transition-article';
import { logger } from '../logger';
import { enqueueRevalidation } from '../revalidation/enqueue-revalidation';

export type DueWorkResult = { published: string[]; held: string[]; unpublished: string[]; failed: string[] };

/**
 * Publishes every SCHEDULED article whose time has come and unpublishes every PUBLISHED one past its
 * unpublish time, one article per transaction. The claim is the row lock itself
 * (`FOR UPDATE SKIP LOCKED`): two app instances (or an instance and `npm run worker`) never take the same
 * article, and what one has done the other sees in the state. Nothing lives in memory, so after a restart
 * the first run catches up on everything that fell due meanwhile.
 *
 * Just before publishing, the workflow rules run again as the system actor; an article that no longer
 * qualifies is held (back to APPROVED, logged, editors notified) rather than published. An unexpected
 * failure leaves the article SCHEDULED, is logged, and is retried on the next run.
 *
 * The public pages an article's step changed go into the revalidation outbox in the same transaction
 * (server/revalidation/): delivering them is not this run's business, so an app that is slow or down never
 * slows publishing. Each article's time (`publishedAt`, its event) is read from `clock` when its own
 * transaction starts: the moment it went live, not the moment the run began.
 *
 * `concurrency` articles are processed at once, each in its own transaction on its own connection (the
 * claim's SKIP LOCKED keeps them apart as it does two instances): a burst of due articles then keeps the
 * database busy while this process works on the next one.
 */
export async function runDueWork(
  db: Db,
  { clock = () => new Date(), limit = 1_000, concurrency = 1 }: { clock?: () => Date; limit?: number; concurrency?: number } = {},
): Promise<DueWorkResult> {
  const result: DueWorkResult = { published: [], held: [], unpublished: [], failed: [] };
  let claims = 0;
  const worker = async () => {
    while (claims++ < limit) {
      const outcome = await claimAndApply(db, clock, result.failed);
      if (!outcome) return;
      result[outcome.kind].push(outcome.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

type Outcome = { kind: 'published' | 'held' | 'unpublished' | 'failed'; id: string } | null;

/**
 * Generous waits: under a burst of editors' saves the pool can be busy for a while, and a scheduled article
 * should wait its turn rather than fail its run.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

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

/** The oldest due article nobody else holds, locked for this transaction. */
async function claimNext(tx: Tx, now: Date, skip: string[]): Promise<{ id: string; due: 'publish' | 'unpublish' } | null> {
  const rows = await tx.$queryRaw<{ id: string; due: 'publish' | 'unpublish' }[]>`
    SELECT id::text AS id, CASE WHEN state = 'SCHEDULED' THEN 'publish' ELSE 'unpublish' END AS due
    FROM "Article"
    WHERE ((state = 'SCHEDULED' AND "publishAt" <= ${now})
        OR (state = 'PUBLISHED' AND "unpublishAt" <= ${now}))
      AND NOT (id::text = ANY(${skip}))
    ORDER BY COALESCE("publishAt", "unpublishAt") ASC
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return rows[0] ?? null;
}
