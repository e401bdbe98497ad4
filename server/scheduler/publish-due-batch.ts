import { readPublishChecklist } from '../checklist/read-publish-checklist';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { applyTransition } from '../article/transition-article';
import { currentRevisionIds } from '../article/record-revision';
import { readWorkflowArticles } from '../article/workflow-facts';
import { logger } from '../logger';
import { notifyWorkflowSteps } from '../notifications/notify-workflow';
import { enqueueRevalidation } from '../revalidation/enqueue-revalidation';
import { recordWebhookEvents } from '../distribution/webhooks/record-webhook-event';
import { articleEventData } from '../distribution/webhooks/webhook-payloads';
import { newsroomSettings } from '../site/published-articles';
import { readPublicArticleFactsOf } from '../site/public-article-facts';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import { decideTransition } from '../workflow/decide';

/** Due articles one batch claims and publishes together, in one transaction. */
export const PUBLISH_BATCH_SIZE = 100;

export type BatchResult = { published: string[]; held: string[] };

/**
 * Generous waits: under a burst of editors' saves the pool can be busy for a while, and a scheduled article
 * should wait its turn rather than fail its run.
 */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

/**
 * Publishes up to `size` due SCHEDULED articles in one transaction, set-based: one claim
 * (`FOR UPDATE SKIP LOCKED`, so two instances never take the same article), the rules' facts for the whole
 * batch in a few statements, the workflow decision for each article in memory (THE rules, as the system
 * actor), then one UPDATE, one INSERT of events, one of notifications and one revalidation outbox entry
 * carrying the union of the touched tags. An article that no longer qualifies is held through the ordinary
 * step (rare). Every article of the batch is dated `now`, read as the transaction starts, so `publishedAt`
 * is at most one batch's duration before it went live (the commit). Returns null when nothing was due.
 * Throws (and changes nothing) if any part fails; the caller then retries the articles one by one.
 */
export async function publishDueBatch(
  db: Db,
  { clock, size = PUBLISH_BATCH_SIZE, skip }: { clock: () => Date; size?: number; skip: readonly string[] },
): Promise<BatchResult | null> {
  return db.$transaction(async (tx) => {
    const now = clock();
    const ids = await claimDue(tx, now, size, skip);
    if (ids.length === 0) return null;
    const articles = await tx.article.findMany({
      where: { id: { in: ids } },
      include: { bylines: { orderBy: { position: 'asc' } }, lastModifiedBy: { select: { name: true } } },
      orderBy: [{ publishAt: 'asc' }, { id: 'asc' }],
    });
    const { fourEyesApproval } = await newsroomSettings(tx);
    const settings = { fourEyesApproval, publishChecklist: await readPublishChecklist(tx) };
    const facts = await readWorkflowArticles(tx, articles);
    const system = { kind: 'system' as const };
    const result: BatchResult = { published: [], held: [] };
    const tags = new Set<string>();
    const goLive: typeof articles = [];
    for (const article of articles) {
      try {
        decideTransition({ action: 'publishScheduled', actor: system, article: facts.get(article.id)!, settings, input: {}, now });
        goLive.push(article);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'PRECONDITION_FAILED') throw error;
        const problems = error.details.problems ?? [];
        const held = await applyTransition(tx, { article, actor: system, actorName: null, action: 'holdScheduled', input: { comment: `Not published: ${problems.join('; ')}` }, now });
        for (const tag of held.touchedTags) tags.add(tag);
        logger.warn({ articleId: article.id, problems }, 'scheduled article held: it no longer qualifies');
        result.held.push(article.id);
      }
    }
    if (goLive.length > 0) {
      const liveIds = goLive.map((article) => article.id);
      const before = await readPublicArticleFactsOf(tx, liveIds);
      const revisions = await currentRevisionIds(tx, liveIds);
      const firstTime = goLive.filter((article) => !article.publishedAt).map((article) => article.id);
      const again = goLive.filter((article) => article.publishedAt).map((article) => article.id);
      const live = { state: 'PUBLISHED' as const, version: { increment: 1 }, lastModifiedById: null, publishAt: null, updatedAt: now };
      // Conditional on the state: the claim's lock already keeps others out; this makes a lost race loud.
      const updated =
        (await tx.article.updateMany({ where: { id: { in: firstTime }, state: 'SCHEDULED' }, data: { ...live, publishedAt: now } })).count +
        (await tx.article.updateMany({ where: { id: { in: again }, state: 'SCHEDULED' }, data: live })).count;
      if (updated !== goLive.length) throw new Error(`scheduler batch: ${goLive.length - updated} claimed articles were no longer scheduled`);
      // Each one's live copy is the revision that was approved and scheduled, in one statement.
      await tx.$executeRaw`
        UPDATE "Article" a SET "liveRevisionId" = live.revision_id, "updateState" = NULL, "updateWriterIds" = '{}'
        FROM unnest(${liveIds}::uuid[], ${liveIds.map((id) => revisions.get(id)!)}::uuid[]) AS live(article_id, revision_id)
        WHERE a.id = live.article_id`;
      await tx.articleEvent.createMany({
        data: goLive.map((article) => ({
          articleId: article.id,
          actorId: null,
          action: 'publishScheduled',
          fromState: 'SCHEDULED' as const,
          toState: 'PUBLISHED' as const,
          data: { revisionId: revisions.get(article.id)! },
          createdAt: now,
        })),
      });
      await notifyWorkflowSteps(
        tx,
        goLive.map((article) => ({
          action: 'publishScheduled',
          article: { id: article.id, headline: article.headline },
          actor: null,
          bylineUserIds: article.bylines.flatMap((byline) => (byline.userId ? [byline.userId] : [])),
        })),
      );
      await recordWebhookEvents(
        tx,
        goLive.map((article) => ({
          type: 'article.published' as const,
          subject: { kind: 'article' as const, id: article.id },
          data: articleEventData({ ...article, version: article.version + 1, publishedAt: article.publishedAt ?? now }),
        })),
        now,
      );
      const after = await readPublicArticleFactsOf(tx, liveIds);
      for (const id of liveIds) for (const tag of tagsTouchedByArticleChange(before.get(id)!, after.get(id)!)) tags.add(tag);
      result.published.push(...liveIds);
    }
    await enqueueRevalidation(tx, { tags: [...tags].sort(), now });
    return result;
  }, TRANSACTION_OPTIONS);
}

/**
 * The oldest due SCHEDULED articles nobody else holds, locked for this transaction. An article whose
 * embargo still holds is not due yet (the rules refuse scheduling before one, so only a later embargo on a
 * hand-edited row gets here): it waits for its embargo instead of being held back.
 */
async function claimDue(tx: Tx, now: Date, size: number, skip: readonly string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Article"
    WHERE state = 'SCHEDULED' AND "publishAt" <= ${now} AND ("embargoUntil" IS NULL OR "embargoUntil" <= ${now})
      AND NOT (id::text = ANY(${[...skip]}))
    ORDER BY "publishAt" ASC, id
    LIMIT ${size}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => row.id);
}
