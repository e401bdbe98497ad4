import { authorizeTransition } from './decide';
import { ACTION_LABELS, WORKFLOW_ACTIONS, type WorkflowAction } from './states';
import { ACTION_RULES } from './transitions';
import type { WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

export type AvailableAction = {
  action: WorkflowAction;
  label: string;
  /** What the desk must ask for before calling it. */
  needs: 'comment' | 'reason' | 'publishAt' | 'takedown' | null;
  /** Set when the action exists for this actor and state but the four-eyes rule bars them from it. */
  blockedBecause: string | null;
};

/**
 * The buttons the desk shows on an article: the actions this actor could take from this state, from the
 * same authorizeTransition the server runs. Missing input and unmet preconditions are not hidden: the desk
 * asks for the input and the server lists what is missing. A four-eyes block is returned with its reason,
 * so an editor who wrote the piece sees why they can't approve it rather than a missing button.
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
  return WORKFLOW_ACTIONS.flatMap((action) => {
    const verdict = authorizeTransition({ action, actor, article, settings });
    if (!verdict.allowed && !verdict.byFourEyes) return [];
    return [
      {
        action,
        label: ACTION_LABELS[action],
        needs: inputNeeded(action),
        blockedBecause: verdict.allowed ? null : verdict.reason,
      },
    ];
  });
}

function inputNeeded(action: WorkflowAction): AvailableAction['needs'] {
  const rule = ACTION_RULES[action];
  if ('requiresTakedown' in rule) return 'takedown';
  if ('requiresText' in rule) return rule.requiresText;
  if ('requiresPublishAt' in rule) return 'publishAt';
  return null;
}
