import type { Actor } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { notifyWorkflowStep } from '../notifications/notify-workflow';
import { newsroomSettings } from '../site/published-articles';
import { readPublicArticleFacts } from '../site/public-article-facts';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import { readPublishChecklist } from '../checklist/read-publish-checklist';
import { decideTransition } from '../workflow/decide';
import type { ArticleState, WorkflowAction } from '../workflow/states';
import type { WorkflowActor, WorkflowInput } from '../workflow/workflow-types';
import { wallTimeToInstant } from '../text/newsroom-wall-time';
import { recordWebhookEvent } from '../distribution/webhooks/record-webhook-event';
import { eventOfTransition } from '../distribution/webhooks/webhook-events';
import { articleEventData } from '../distribution/webhooks/webhook-payloads';

/** What a step may carry: the rules' input, or publish and take-down times as the newsroom's wall-clock time. */
export type StepInput = WorkflowInput & { publishAtWallTime?: string; unpublishAtWallTime?: string };
import { lockArticleForWrite, type LockedArticle } from './lock-article';
import { currentRevisionId } from './record-revision';
import { readWorkflowArticle } from './workflow-facts';

/**
 * Takes one workflow step, atomically: lock the row and check the version, decide with THE rules, write
 * the new state, its timestamps, the ArticleEvent and the notifications, all in one transaction. A refused
 * step throws before anything is written, so it changes nothing. Once committed, the public pages the step
 * changed (publish, unpublish, …) are revalidated.
 */
export async function transitionArticle({
  db,
  actor,
  articleId,
  expectedVersion,
  action,
  input = {},
  now = new Date(),
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  action: WorkflowAction;
  input?: StepInput;
  now?: Date;
  revalidate: RevalidatePublicPages;
}): Promise<{ id: string; state: ArticleState; version: number }> {
  const { id, state, version, touchedTags } = await db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    return applyTransition(tx, {
      article,
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      actorName: actor.name,
      action,
      input,
      now,
    });
  });
  await revalidate(touchedTags);
  return { id, state, version };
}

/**
 * The write half of a step, for callers that already hold the locked row in their transaction (staff
 * steps above; the scheduler, acting as the system). Returns the public cache tags the step touched, for
 * the caller to revalidate once its transaction has committed.
 */
export async function applyTransition(
  tx: Tx,
  {
    article,
    actor,
    actorName,
    action,
    input: stepInput,
    now,
  }: {
    article: LockedArticle;
    actor: WorkflowActor;
    actorName: string | null;
    action: WorkflowAction;
    input: StepInput;
    now: Date;
  },
) {
  const settings = await newsroomSettings(tx);
  const factsBefore = await readPublicArticleFacts(tx, article.id);
  // Publish and take-down times are entered in the newsroom's time zone and stored in UTC.
  const { publishAtWallTime, unpublishAtWallTime, ...input }: StepInput = stepInput;
  if (publishAtWallTime) input.publishAt = wallTimeToInstant(publishAtWallTime, settings.timeZone);
  if (unpublishAtWallTime) input.unpublishAt = wallTimeToInstant(unpublishAtWallTime, settings.timeZone);
  const sets = plannedTimes(action, input);
  const { from, to, fourEyesWaived } = decideTransition({
    action,
    actor,
    article: await readWorkflowArticle(tx, article),
    settings: { fourEyesApproval: settings.fourEyesApproval, publishChecklist: await readPublishChecklist(tx) },
    input,
    now,
  });
  const actorId = actor.kind === 'staff' ? actor.id : null;
  const goesLive = to === 'PUBLISHED';
  // The exact text this step acted on (revisions never fold across a step): "what was approved", and
  // for a step that puts the article live, the live copy readers see from now on.
  const revisionId = await currentRevisionId(tx, article.id);
  const updated = await tx.article.update({
    where: { id: article.id, version: article.version },
    data: {
      state: to,
      version: { increment: 1 },
      lastModifiedById: actorId,
      ...sets,
      ...takedownFields(action, input),
      ...(goesLive && { publishAt: null, liveRevisionId: revisionId }),
      // Going live, or leaving the site, ends a pending update: its text is the working copy, reviewed whole.
      ...(to !== article.state && { updateState: null, updateWriterIds: [] }),
      // The first publication date stays: a republished piece keeps its original date.
      ...(goesLive && !article.publishedAt && { publishedAt: now }),
    },
    select: { id: true, state: true, version: true, slug: true, headline: true, publishedAt: true },
  });
  const webhookEvent = eventOfTransition(from, to);
  if (webhookEvent) await recordWebhookEvent(tx, { type: webhookEvent, subject: { kind: 'article', id: article.id }, data: articleEventData(updated) }, now);
  const comment = input.comment?.trim() || null;
  await tx.articleEvent.create({
    data: {
      articleId: article.id,
      actorId,
      action,
      fromState: from,
      toState: to,
      comment,
      data: {
        revisionId,
        // Audited: allowed only because the newsroom turned the four-eyes rule off.
        ...(fourEyesWaived && { fourEyesWaived: true }),
        ...(sets.publishAt && { publishAt: sets.publishAt.toISOString(), unpublishAt: sets.unpublishAt?.toISOString() ?? null }),
        ...(input.takedown && { ground: input.takedown.ground, notice: input.takedown.notice }),
      },
      createdAt: now,
    },
  });
  await notifyWorkflowStep(tx, {
    action,
    article: { id: article.id, headline: article.headline },
    actor: actorId ? { id: actorId, name: actorName ?? '' } : null,
    bylineUserIds: article.bylines.flatMap((byline) => (byline.userId ? [byline.userId] : [])),
    comment,
  });
  if (action === 'takeDown' || action === 'reinstate') {
    // Legal and safety acts are also in the admin's audit log, beside the article's own history.
    await tx.auditEvent.create({
      data: {
        actorId,
        action: `article.${action}`,
        targetType: 'article',
        targetId: article.id,
        before: { state: from, ground: article.takedownGround, notice: article.takedownNotice },
        after: { state: to, reason: comment, ...(input.takedown && { ground: input.takedown.ground, notice: input.takedown.notice }) },
        createdAt: now,
      },
    });
  }
  const touchedTags = tagsTouchedByArticleChange(factsBefore, await readPublicArticleFacts(tx, article.id));
  return { id: updated.id, state: updated.state, version: updated.version, touchedTags };
}

/** A takedown records its ground and notice (what its address answers); undoing it clears them. */
function takedownFields(action: WorkflowAction, input: WorkflowInput) {
  if (action === 'takeDown' && input.takedown) return { takedownGround: input.takedown.ground, takedownNotice: input.takedown.notice, publishAt: null, unpublishAt: null };
  if (action === 'reinstate') return { takedownGround: null, takedownNotice: null };
  return {};
}

/**
 * The planned times a step writes: scheduling (or rescheduling) sets both, a take-down time only if one was
 * given; taking an article out of the plan or off the site clears what it no longer needs.
 */
function plannedTimes(action: WorkflowAction, input: WorkflowInput): { publishAt?: Date | null; unpublishAt?: Date | null } {
  switch (action) {
    case 'schedule':
    case 'reschedule':
      return { publishAt: input.publishAt ?? null, unpublishAt: input.unpublishAt ?? null };
    case 'unschedule':
    case 'holdScheduled':
      return { publishAt: null, unpublishAt: null };
    case 'unpublish':
    case 'unpublishExpired':
      return { unpublishAt: null };
    default:
      return {};
  }
}
