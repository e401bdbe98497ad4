import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { planContentEdit } from '../workflow/edit';
import type { WorkflowArticle, WorkflowSettings } from '../workflow/workflow-types';

/** What a connection may do with the shared document: the `access` message of the co-editing contract. */
export type CollabAccess = { mode: 'read-write' | 'read-only'; reason: string };

/**
 * Write or read-only, from THE workflow's edit rule (who may change which article in which state): a
 * connection may write exactly when a save by the same person would be accepted now.
 */
export function decideCollabAccess({
  actor,
  article,
  settings,
}: {
  actor: Actor;
  article: Pick<WorkflowArticle, 'state' | 'bylineUserIds' | 'contributions'>;
  settings: WorkflowSettings;
}): CollabAccess {
  try {
    planContentEdit({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article, settings });
    return { mode: 'read-write', reason: '' };
  } catch (error) {
    if (error instanceof AppError) return { mode: 'read-only', reason: error.message };
    throw error;
  }
}
