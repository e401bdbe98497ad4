import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { STATE_LABELS, type ArticleState } from './states';
import type { WorkflowActor } from './workflow-types';

export type ContentEditPlan = {
  nextState: ArticleState;
  /** The scheduled publish time no longer holds: the changed copy must be reviewed again. */
  clearsSchedule: boolean;
  /** An editor's correction to a live article: logged, and shown to readers as "Updated". */
  isCorrection: boolean;
};

/** States in which an author's own copy is still theirs to change. */
const AUTHOR_EDITABLE: readonly ArticleState[] = ['DRAFT', 'CHANGES_REQUESTED'];

/** What a content change does to the workflow: approval covers the copy approved, not later edits. */
const AFTER_EDIT: Record<ArticleState, ContentEditPlan | null> = {
  DRAFT: { nextState: 'DRAFT', clearsSchedule: false, isCorrection: false },
  IN_REVIEW: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  CHANGES_REQUESTED: { nextState: 'CHANGES_REQUESTED', clearsSchedule: false, isCorrection: false },
  APPROVED: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  SCHEDULED: { nextState: 'IN_REVIEW', clearsSchedule: true, isCorrection: false },
  PUBLISHED: { nextState: 'PUBLISHED', clearsSchedule: false, isCorrection: true },
  UNPUBLISHED: { nextState: 'IN_REVIEW', clearsSchedule: false, isCorrection: false },
  ARCHIVED: null,
};

/**
 * Whether this actor may change the article's content now, and what the change does to its state.
 * Journalists: only articles they have a byline on, only in draft or when sent back. Editors: any state
 * but archived.
 */
export function planContentEdit({
  actor,
  article,
}: {
  actor: WorkflowActor;
  article: { state: ArticleState; bylineUserIds: string[] };
}): ContentEditPlan {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'The scheduler does not edit articles.');
  const plan = AFTER_EDIT[article.state];
  if (!plan) throw new AppError('CONFLICT', 'This article is archived; restore it to draft before editing.');
  if (can(actor.role, 'article.editAny')) return plan;
  if (!can(actor.role, 'article.editOwn') || !article.bylineUserIds.includes(actor.id)) {
    throw new AppError('FORBIDDEN', 'You can only edit articles you have a byline on.');
  }
  if (!AUTHOR_EDITABLE.includes(article.state)) {
    throw new AppError(
      'FORBIDDEN',
      `This article is ${STATE_LABELS[article.state].toLowerCase()}; only editors can change it now.`,
    );
  }
  return plan;
}
