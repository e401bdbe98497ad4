import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { STATE_PHRASES, type ArticleState, type UpdateState } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

export type ContentEditPlan = {
  nextState: ArticleState;
  /** The scheduled publish time no longer holds: the changed copy must be reviewed again. */
  clearsSchedule: boolean;
  /** A change to a live article: it goes into a pending update, and readers keep the live copy. */
  makesUpdate: boolean;
  /** The pending update's state after the save (null when the article is not live). */
  updateState: UpdateState | null;
};

/** States in which an author's own copy is still theirs to change. */
const AUTHOR_EDITABLE: readonly ArticleState[] = ['DRAFT', 'CHANGES_REQUESTED'];

/**
 * What a content change does to the workflow. An approval covers the copy that was approved, not later
 * edits: approved, scheduled and unpublished copy that changes goes back to review. A live article stays
 * live with the text that was approved: the change is a pending update, reviewed on its own
 * (UPDATE_TRANSITIONS) before readers see it.
 */
const AFTER_EDIT: Record<ArticleState, Omit<ContentEditPlan, 'updateState'> | null> = {
  DRAFT: { nextState: 'DRAFT', clearsSchedule: false, makesUpdate: false },
  IN_REVIEW: { nextState: 'IN_REVIEW', clearsSchedule: false, makesUpdate: false },
  CHANGES_REQUESTED: { nextState: 'CHANGES_REQUESTED', clearsSchedule: false, makesUpdate: false },
  APPROVED: { nextState: 'IN_REVIEW', clearsSchedule: false, makesUpdate: false },
  SCHEDULED: { nextState: 'IN_REVIEW', clearsSchedule: true, makesUpdate: false },
  PUBLISHED: { nextState: 'PUBLISHED', clearsSchedule: false, makesUpdate: true },
  UNPUBLISHED: { nextState: 'IN_REVIEW', clearsSchedule: false, makesUpdate: false },
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
 * authorizeTransition: authority before state. Journalists: only articles they have a byline on, only in
 * draft or when sent back. Editors and admins: any state but archived. Anyone may write an update to a live
 * piece, its authors included: the update is reviewed, and its writers may not publish it (update.ts).
 */
export function planContentEdit({
  actor,
  article,
}: {
  actor: WorkflowActor;
  /** The pending update's state, where it matters (what a save does); absent: none. */
  article: Pick<WorkflowArticle, 'state' | 'bylineUserIds'> & { updateState?: UpdateState | null };
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
  // A save during review keeps the update in review; its writer joins those who may not publish it.
  return { ...plan, updateState: plan.makesUpdate ? (article.updateState ?? 'DRAFTING') : null };
}
