import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { missingRequiredItems } from './checklist';
import { fourEyesReason, updateConflict } from './four-eyes';
import { listPublicationProblems } from './preconditions';
import {
  UPDATE_ACTION_LABELS,
  UPDATE_ACTION_PHRASES,
  UPDATE_ACTIONS,
  UPDATE_STATE_PHRASES,
  type UpdateAction,
  type UpdateState,
} from './states';
import { UPDATE_ACTION_RULES, updateTargetState } from './transitions';
import type { DecisionSettings, WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

/** The facts an update step reads: the article's, its pending update's state, and who wrote the update. */
export type UpdateArticle = WorkflowArticle & { updateState: UpdateState | null; updateWriterIds: string[] };

export type UpdateAuthorization =
  | { allowed: true; to: UpdateState | null; fourEyesWaived: boolean }
  | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string; byFourEyes: boolean };

/**
 * Whether this actor may take this step on the article's pending update, in authorizeTransition's order:
 * authority (role), then state (the article must be live with an update in the step's state), then the
 * four-eyes rule (nobody who signed the article or wrote in this update publishes it).
 */
export function authorizeUpdateStep({
  action,
  actor,
  article,
  settings,
}: {
  action: UpdateAction;
  actor: WorkflowActor;
  article: Pick<UpdateArticle, 'state' | 'updateState' | 'updateWriterIds' | 'bylineUserIds' | 'contributions'>;
  settings: WorkflowSettings;
}): UpdateAuthorization {
  const rule = UPDATE_ACTION_RULES[action];
  const phrase = UPDATE_ACTION_PHRASES[action];
  const refuse = (code: 'FORBIDDEN' | 'CONFLICT', reason: string, byFourEyes = false): UpdateAuthorization => ({ allowed: false, code, reason, byFourEyes });
  if (actor.kind !== 'staff') return refuse('FORBIDDEN', `The scheduler cannot ${phrase.may}.`);
  if (!can(actor.role, rule.authority.permission)) return refuse('FORBIDDEN', `Your role cannot ${phrase.may}.`);

  const from = article.state === 'PUBLISHED' ? article.updateState : null;
  const to = from ? updateTargetState(from, action) : undefined;
  if (!from || to === undefined) return refuse('CONFLICT', `${UPDATE_STATE_PHRASES[from ?? 'NONE']}, so it can't be ${phrase.done}.`);

  const conflict = 'fourEyes' in rule ? updateConflict(actor, article) : null;
  if ('fourEyes' in rule && conflict && settings.fourEyesApproval) return refuse('FORBIDDEN', fourEyesReason(conflict, rule.fourEyes), true);
  return { allowed: true, to, fourEyesWaived: conflict !== null };
}

export type UpdateStep = { action: UpdateAction; from: UpdateState; to: UpdateState | null; fourEyesWaived: boolean };

/**
 * THE decision for an update step: authority, state and four-eyes, then the required comment
 * (BAD_REQUEST), then the publication preconditions and required checklist items of the updated copy
 * (PRECONDITION_FAILED), as decideTransition does for the article's own steps.
 */
export function decideUpdateStep({
  action,
  actor,
  article,
  settings,
  comment,
}: {
  action: UpdateAction;
  actor: WorkflowActor;
  article: UpdateArticle;
  settings: DecisionSettings;
  comment?: string | null;
}): UpdateStep {
  const verdict = authorizeUpdateStep({ action, actor, article, settings });
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.reason);
  const rule = UPDATE_ACTION_RULES[action];
  if ('requiresText' in rule && !comment?.trim()) {
    throw new AppError('BAD_REQUEST', 'Say what needs to change: a comment is required.', { problems: ['Add a comment'] });
  }
  if (rule.checksPreconditions) {
    const problems = listPublicationProblems(article);
    if ('checksChecklist' in rule) problems.push(...missingRequiredItems(settings.publishChecklist, article));
    if (problems.length > 0) {
      throw new AppError('PRECONDITION_FAILED', `This update isn't ready to be ${UPDATE_ACTION_PHRASES[action].done}: ${problems.join('; ')}.`, { problems });
    }
  }
  return { action, from: article.updateState!, to: verdict.to, fourEyesWaived: verdict.fourEyesWaived };
}

export type AvailableUpdateAction = { action: UpdateAction; label: string; needsComment: boolean; blockedBecause: string | null };

/** The update's buttons for this actor, from the same authorizeUpdateStep (a four-eyes block shows why). */
export function availableUpdateActions(situation: Omit<Parameters<typeof authorizeUpdateStep>[0], 'action'>): AvailableUpdateAction[] {
  return UPDATE_ACTIONS.flatMap((action) => {
    const verdict = authorizeUpdateStep({ ...situation, action });
    if (!verdict.allowed && !verdict.byFourEyes) return [];
    return [
      {
        action,
        label: UPDATE_ACTION_LABELS[action],
        needsComment: 'requiresText' in UPDATE_ACTION_RULES[action],
        blockedBecause: verdict.allowed ? null : verdict.reason,
      },
    ];
  });
}
