import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { listPublicationProblems } from './preconditions';
import { ACTION_PHRASES, STATE_PHRASES, type ArticleState, type WorkflowAction } from './states';
import { ACTION_RULES, targetState } from './transitions';
import type { WorkflowActor, WorkflowArticle, WorkflowInput, WorkflowSettings } from './workflow-types';

export type WorkflowSituation = {
  action: WorkflowAction;
  actor: WorkflowActor;
  article: WorkflowArticle;
  settings: WorkflowSettings;
};

/** The verdict on who may take an action from the article's state, before input and preconditions. */
export type Authorization =
  | { allowed: true; to: ArticleState }
  | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string; byFourEyes: boolean };

export type WorkflowTransition = { action: WorkflowAction; from: ArticleState; to: ArticleState };

export const FOUR_EYES_REASON =
  'Four-eyes rule: you have a byline on this article, so another editor must approve it.';

/**
 * Whether this actor may take this action on the article as it stands. Checked in this order on purpose:
 * authority first (a journalist calling publish hears "your role cannot", whatever the state, and learns
 * nothing about the article), then the state (CONFLICT: the article moved on, or the button was stale),
 * then the four-eyes rule. Returns a verdict rather than throwing, so the desk's button list reads it too.
 */
export function authorizeTransition({ action, actor, article, settings }: WorkflowSituation): Authorization {
  const rule = ACTION_RULES[action];
  const phrase = ACTION_PHRASES[action];
  const refuse = (code: 'FORBIDDEN' | 'CONFLICT', reason: string, byFourEyes = false): Authorization => ({
    allowed: false,
    code,
    reason,
    byFourEyes,
  });
  const isAuthor = actor.kind === 'staff' && article.bylineUserIds.includes(actor.id);

  const authority = rule.authority;
  if (authority.kind === 'system') {
    if (actor.kind !== 'system') return refuse('FORBIDDEN', `Only the scheduler can ${phrase.may}.`);
  } else {
    if (actor.kind !== 'staff') return refuse('FORBIDDEN', `The scheduler cannot ${phrase.may}.`);
    const mayAsOwner = 'ownPermission' in authority && isAuthor && can(actor.role, authority.ownPermission);
    if (!can(actor.role, authority.permission) && !mayAsOwner) {
      return refuse(
        'FORBIDDEN',
        'ownPermission' in authority
          ? `Only the article's authors and editors can ${phrase.may}.`
          : `Your role cannot ${phrase.may}.`,
      );
    }
  }

  const to = targetState(article.state, action);
  if (!to) {
    return refuse('CONFLICT', `This article is ${STATE_PHRASES[article.state]}, so it can't be ${phrase.done}.`);
  }
  if ('fourEyes' in rule && settings.fourEyesApproval && isAuthor) return refuse('FORBIDDEN', FOUR_EYES_REASON, true);
  return { allowed: true, to };
}

/**
 * THE decision every workflow step goes through, on the server and in the scheduler: authority, state and
 * four-eyes (FORBIDDEN / CONFLICT), then the required text (BAD_REQUEST), then the publication
 * preconditions (PRECONDITION_FAILED, with every missing item in details.problems).
 */
export function decideTransition(
  situation: WorkflowSituation & { input: WorkflowInput; now: Date },
): WorkflowTransition {
  const { action, article, input, now } = situation;
  const verdict = authorizeTransition(situation);
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.reason);

  const rule = ACTION_RULES[action];
  if ('requiresText' in rule && !input.comment?.trim()) {
    const asComment = rule.requiresText === 'comment';
    throw new AppError(
      'BAD_REQUEST',
      asComment ? 'Say what needs to change: a comment is required.' : 'Give a reason for unpublishing.',
      { problems: [asComment ? 'Add a comment' : 'Add a reason'] },
    );
  }
  if (rule.checksPreconditions) {
    const schedule = 'requiresPublishAt' in rule ? { publishAt: input.publishAt, unpublishAt: input.unpublishAt, now } : undefined;
    const problems = listPublicationProblems(article, schedule);
    if (problems.length > 0) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `This article isn't ready to be ${ACTION_PHRASES[action].done}: ${problems.join('; ')}.`,
        { problems },
      );
    }
  }
  return { action, from: article.state, to: verdict.to };
}
