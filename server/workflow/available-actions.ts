import { AppError } from '../errors';
import { authorizeTransition } from './decide';
import { ACTION_LABELS, WORKFLOW_ACTIONS, type WorkflowAction } from './states';
import { ACTION_RULES } from './transitions';
import type { WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

export type AvailableAction = {
  action: WorkflowAction;
  label: string;
  /** What the desk must ask for before calling it. */
  needs: 'comment' | 'reason' | 'publishAt' | null;
  /** Set when the action exists for this actor and state but a rule bars it now (four-eyes). */
  blockedBecause: string | null;
};

/**
 * The buttons the desk shows on an article: the actions this actor could take from this state, computed
 * by the same authorizeTransition the server runs. Missing input and unmet preconditions are not hidden:
 * the desk asks for the input and the server lists what is missing. A four-eyes block is returned with its
 * reason, so an editor who wrote the piece sees why they can't approve it.
 */
export function availableActions({
  actor,
  article,
  settings,
}: {
  actor: WorkflowActor;
  article: WorkflowArticle;
  settings: WorkflowSettings;
}): AvailableAction[] {
  const actions: AvailableAction[] = [];
  for (const action of WORKFLOW_ACTIONS) {
    const rule = ACTION_RULES[action];
    const needs = 'requiresText' in rule ? rule.requiresText : 'requiresPublishAt' in rule ? 'publishAt' : null;
    try {
      authorizeTransition({ action, actor, article, settings });
      actions.push({ action, label: ACTION_LABELS[action], needs, blockedBecause: null });
    } catch (error) {
      const barredByFourEyes = 'fourEyes' in rule && error instanceof AppError && error.code === 'FORBIDDEN' &&
        // Same actor and state without the four-eyes rule would pass: then the rule is what bars it.
        passesWithoutFourEyes(action, actor, article);
      if (barredByFourEyes) {
        actions.push({ action, label: ACTION_LABELS[action], needs, blockedBecause: (error).message });
      }
    }
  }
  return actions;
}

function passesWithoutFourEyes(action: WorkflowAction, actor: WorkflowActor, article: WorkflowArticle): boolean {
  try {
    authorizeTransition({ action, actor, article, settings: { fourEyesApproval: false } });
    return true;
  } catch {
    return false;
  }
}
