import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { mayReadComments } from '../comment/comment-access';
import { renderArticleBody } from '../content/render-article-body';
import { mediaUrl } from '../media/storage';
import { newsroomSettings } from '../site/published-articles';
import { readPublishChecklist } from '../checklist/read-publish-checklist';
import { availableActions } from '../workflow/available-actions';
import { evaluateChecklist } from '../workflow/checklist';
import { planContentEdit } from '../workflow/edit';
import { availableUpdateActions, type UpdateArticle } from '../workflow/update';
import type { WorkflowActor, WorkflowSettings } from '../workflow/workflow-types';
import { articleWhereForActor } from './article-scope';
import { readWorkflowArticle } from './workflow-facts';

/**
 * Everything the desk's article screen shows: the content to edit, the workflow state with the actions
 * this actor may take now (from the same rules the server enforces), and the timeline.
 */
export async function getDeskArticle(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    include: {
      section: { select: { id: true, name: true } },
      bylines: { orderBy: { position: 'asc' }, include: { user: { select: { id: true, name: true } } } },
      sources: { orderBy: { position: 'asc' } },
      tags: { include: { tag: { select: { id: true, name: true, slug: true } } } },
      leadImage: { select: { id: true, storageKey: true } },
      lastModifiedBy: { select: { name: true } },
      notes: { orderBy: { publishedAt: 'desc' }, select: { id: true, kind: true, text: true, publishedAt: true, removedAt: true, removedReason: true } },
      events: {
        orderBy: { createdAt: 'asc' },
        include: { actor: { select: { name: true } } },
      },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const settings = await newsroomSettings(db);
  const facts = { ...(await readWorkflowArticle(db, article)), updateState: article.updateState, updateWriterIds: article.updateWriterIds };
  const workflowSettings = { fourEyesApproval: settings.fourEyesApproval };
  const staffActor = { kind: 'staff', id: actor.id, role: actor.role } as const;

  const edit = describeEditRights(actor, facts);
  const { wordCount, readingMinutes } = countWords(article.body);
  // Event texts are comments, request-changes notes and unpublish reasons: only the comment thread's
  // readers see them; everyone who may read the article sees that a step happened, by whom and when.
  const showsEventTexts = mayReadComments(actor, article.bylines.map((byline) => byline.userId));
  return {
    id: article.id,
    canEdit: edit.canEdit,
    canCreateTags: can(actor.role, 'tag.create'),
    // A published article's address changes only through its own act (it keeps the old one).
    canChangeSlug: article.publishedAt !== null && can(actor.role, 'article.changeSlug'),
    canRemoveNotes: can(actor.role, 'article.removeNote'),
    notes: article.notes,
    newsroomTimeZone: settings.timeZone,
    editNote: edit.note,
    version: article.version,
    state: article.state,
    headline: article.headline,
    slug: article.slug,
    standfirst: article.standfirst,
    body: article.body,
    bodyHtml: article.bodyHtml,
    wordCount,
    readingMinutes,
    section: article.section,
    bylines: article.bylines.map((byline) =>
      byline.user
        ? { userId: byline.user.id, name: byline.user.name }
        : { contributorName: byline.contributorName ?? '', name: byline.contributorName ?? '' },
    ),
    sources: article.sources.map(({ name, url }) => ({ name, url })),
    tags: article.tags.map(({ tag }) => tag),
    leadImage: article.leadImage && {
      assetId: article.leadImage.id,
      url: mediaUrl(article.leadImage.storageKey),
      caption: article.leadImageCaption,
      credit: article.leadImageCredit,
      alt: article.leadImageAlt,
    },
    publishAt: article.publishAt,
    unpublishAt: article.unpublishAt,
    embargoUntil: article.embargoUntil,
    canEmbargo: can(actor.role, 'article.embargo'),
    takedown: article.takedownGround && { ground: article.takedownGround, notice: article.takedownNotice },
    liveBlog: {
      isLiveBlog: article.isLiveBlog,
      canModerate: can(actor.role, 'liveBlog.moderate'),
      canPost: can(actor.role, 'liveBlog.postLive') || (can(actor.role, 'liveBlog.post') && facts.bylineUserIds.includes(actor.id)),
    },
    publishedAt: article.publishedAt,
    contentUpdatedAt: article.contentUpdatedAt,
    updatedAt: article.updatedAt,
    lastModifiedBy: article.lastModifiedBy?.name ?? null,
    // The same evaluation the server's approve and publish refuse by (required items), with the warnings.
    checklist: evaluateChecklist(await readPublishChecklist(db), facts),
    actions: availableActions({ actor: staffActor, article: facts, settings: workflowSettings }),
    pendingUpdate: await describePendingUpdate(db, { article: facts, articleId, liveRevisionId: article.liveRevisionId, actor: staffActor, settings: workflowSettings }),
    timeline: article.events.map((event) => ({
      id: event.id,
      action: event.action,
      actorName: event.actor?.name ?? (event.actorId ? 'Former staff member' : 'Scheduler'),
      fromState: event.fromState,
      toState: event.toState,
      comment: showsEventTexts ? event.comment : null,
      createdAt: event.createdAt,
    })),
  };
}

/** Whether the actor may edit now (the same rule saveArticle enforces), and what saving will do. */
function describeEditRights(actor: Actor, article: UpdateArticle) {
  try {
    const plan = planContentEdit({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article });
    const note = plan.makesUpdate
      ? 'This article is live: your changes go into an update that readers see only once another editor approves and publishes it.'
      : plan.nextState !== article.state
        ? 'Saving sends this article back to review' + (plan.clearsSchedule ? ' and unschedules it.' : '.')
        : null;
    return { canEdit: true, note };
  } catch (error) {
    return { canEdit: false, note: error instanceof AppError ? error.message : null };
  }
}

/** Word count for the desk. A stored body that no longer validates must still open, so it can be fixed. */
function countWords(body: unknown): { wordCount: number; readingMinutes: number } {
  try {
    return renderArticleBody(body);
  } catch (error) {
    if (error instanceof AppError) return { wordCount: 0, readingMinutes: 0 };
    throw error;
  }
}

/**
 * The pending update of a live article, or null: its state, the actor's buttons for it, and the two
 * revisions to compare (the live copy and the working copy's latest revision), for the desk's diff.
 */
async function describePendingUpdate(
  db: DbOrTx,
  {
    article,
    articleId,
    liveRevisionId,
    actor,
    settings,
  }: { article: UpdateArticle; articleId: string; liveRevisionId: string | null; actor: WorkflowActor; settings: WorkflowSettings },
) {
  if (article.state !== 'PUBLISHED' || !article.updateState || !liveRevisionId) return null;
  const working = await db.articleRevision.findFirst({
    where: { articleId, reason: { in: ['edit', 'restore', 'snapshot'] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return {
    state: article.updateState,
    liveRevisionId,
    workingRevisionId: working?.id ?? liveRevisionId,
    actions: availableUpdateActions({ actor, article, settings }),
  };
}
