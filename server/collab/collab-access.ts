import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { planContentEdit } from '../workflow/edit';
import type { WorkflowArticle } from '../workflow/workflow-types';

/** What a connection may do with the shared document: the `access` message of the co-editing contract. */
export type CollabAccess = { mode: 'read-write' | 'read-only'; reason: string };

/**
 * Write or read-only, from THE workflow's edit rule (who may change which article in which state): a
 * connection may write exactly when a save by the same person would be accepted now. (Typing in a live
 * article writes its pending update, which the four-eyes rule guards where it is published.)
 */
export function decideCollabAccess({ actor, article }: { actor: Actor; article: Pick<WorkflowArticle, 'state' | 'bylineUserIds'> }): CollabAccess {
  try {
    planContentEdit({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article });
    return { mode: 'read-write', reason: '' };
  } catch (error) {
    if (error instanceof AppError) return { mode: 'read-only', reason: error.message };
    throw error;
  }
}
