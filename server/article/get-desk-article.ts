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
import type { WorkflowArticle, WorkflowSettings } from '../workflow/workflow-types';
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
      events: {
        orderBy: { createdAt: 'asc' },
        include: { actor: { select: { name: true } } },
      },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const settings = await newsroomSettings(db);
  const facts = await readWorkflowArticle(db, article);
  const workflowSettings = { fourEyesApproval: settings.fourEyesApproval };

  const edit = describeEditRights(actor, facts, workflowSettings);
  const { wordCount, readingMinutes } = countWords(article.body);
  // Event texts are comments, request-changes notes and unpublish reasons: only the comment thread's
  // readers see them; everyone who may read the article sees that a step happened, by whom and when.
  const showsEventTexts = mayReadComments(actor, article.bylines.map((byline) => byline.userId));
  return {
    id: article.id,
    canEdit: edit.canEdit,
    canCreateTags: can(actor.role, 'tag.create'),
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
    publishedAt: article.publishedAt,
    contentUpdatedAt: article.contentUpdatedAt,
    updatedAt: article.updatedAt,
    lastModifiedBy: article.lastModifiedBy?.name ?? null,
    // The same evaluation the server's approve and publish refuse by (required items), with the warnings.
    checklist: evaluateChecklist(await readPublishChecklist(db), facts),
    actions: availableActions({
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: facts,
      settings: workflowSettings,
    }),
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
function describeEditRights(actor: Actor, article: WorkflowArticle, settings: WorkflowSettings) {
  try {
    const plan = planContentEdit({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article, settings });
    const note = plan.isCorrection
      ? 'This article is live: saving publishes your correction and marks it as updated.'
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
