import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { conflictOfInterest, correctionReason } from './four-eyes';
import { STATE_PHRASES, type ArticleState } from './states';
import type { WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

export type ContentEditPlan = {
  nextState: ArticleState;
  /** The scheduled publish time no longer holds: the changed copy must be reviewed again. */
  clearsSchedule: boolean;
  /** An editor's correction to a live article: logged, and shown to readers as "Updated". */
  isCorrection: boolean;
  /** A correction let through only because the newsroom turned the four-eyes rule off (logged with it). */
  fourEyesWaived: boolean;
};

/** States in which an author's own copy is still theirs to change. */
const AUTHOR_EDITABLE: readonly ArticleState[] = ['DRAFT', 'CHANGES_REQUESTED'];

/**
 * What a content change does to the workflow. An approval covers the copy that was approved, not later
 * edits: approved, scheduled and unpublished copy that changes goes back to review. A live article is
 * the exception: an editor's change to it is a correction, made at once and logged.
 */
const AFTER_EDIT: Record<ArticleState, Omit<ContentEditPlan, 'fourEyesWaived'> | null> = {
  DRAFT: { nextState: 'DRAFT', clearsSchedule: false, isCorrection: false },
  IN_REVIEW: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  CHANGES_REQUESTED: { nextState: 'CHANGES_REQUESTED', clearsSchedule: false, isCorrection: false },
  APPROVED: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  SCHEDULED: { nextState: 'IN_REVIEW', clearsSchedule: true, isCorrection: false },
  PUBLISHED: { nextState: 'PUBLISHED', clearsSchedule: false, isCorrection: true },
  UNPUBLISHED: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  ARCHIVED: null,
  TAKEN_DOWN: null,
};

/** Why nobody may change a locked article's content, and who unlocks it. */
export const LOCKED_BECAUSE: Partial<Record<ArticleState, string>> = {
  ARCHIVED: 'This article is archived; an admin must restore it before anyone edits it.',
  TAKEN_DOWN: 'This article was taken down; its content is locked until an admin undoes the takedown.',
};

/**
 * Whether this actor may change the article's content (body, headline, bylines, image…) now, and what the
 * change does to its state; throws FORBIDDEN (who) or CONFLICT (archived) otherwise. Same order as
 * authorizeTransition: authority before state, then who may correct. Journalists: only articles they have a
 * byline on, only in draft or when sent back. Editors and admins: any state but archived; a live article
 * only if they never signed it nor wrote its text (corrections are not reviewed yet, so the four-eyes rule
 * bars its authors from changing it unseen; relaxed with the rule, and then logged).
 */
export function planContentEdit({
  actor,
  article,
  settings,
}: {
  actor: WorkflowActor;
  article: Pick<WorkflowArticle, 'state' | 'bylineUserIds' | 'contributions'>;
  settings: WorkflowSettings;
}): ContentEditPlan {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'The scheduler does not edit articles.');
  const editsAny = can(actor.role, 'article.editAny');
  const editsAsAuthor = can(actor.role, 'article.editOwn') && article.bylineUserIds.includes(actor.id);
  if (!editsAny && !editsAsAuthor) throw new AppError('FORBIDDEN', 'You can only edit articles you have a byline on.');

  const plan = AFTER_EDIT[article.state];
  if (!plan) throw new AppError('CONFLICT', LOCKED_BECAUSE[article.state] ?? `This article is ${STATE_PHRASES[article.state]}.`);
  if (!editsAny && !AUTHOR_EDITABLE.includes(article.state)) {
    throw new AppError('FORBIDDEN', `This article is ${STATE_PHRASES[article.state]}; only editors can change it now.`);
  }
  // Corrections by earlier correctors stay allowed: what they correct is the reviewed text, not their own.
  const conflict = plan.isCorrection ? conflictOfInterest(actor, article, { countCorrections: false }) : null;
  if (conflict && settings.fourEyesApproval) throw new AppError('FORBIDDEN', correctionReason(conflict));
  return { ...plan, fourEyesWaived: conflict !== null };
}
