import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { listPublicationProblems } from './preconditions';
import { ACTION_LABELS, ACTION_PHRASES, STATE_LABELS, type ArticleState, type WorkflowAction } from './states';
import { ACTION_RULES, targetState } from './transitions';
import type { WorkflowActor, WorkflowArticle, WorkflowInput, WorkflowSettings } from './workflow-types';

type Situation = { action: WorkflowAction; actor: WorkflowActor; article: WorkflowArticle; settings: WorkflowSettings };

/**
 * Whether this actor may take this action on this article as it stands, before looking at the input or
 * the preconditions. Checked in this order on purpose: role first (a journalist calling publish hears
 * "only editors", whatever the state), then the state, then the four-eyes rule.
 * Returns the target state or throws FORBIDDEN / CONFLICT.
 */
export function authorizeTransition({ action, actor, article, settings }: Situation): ArticleState {
  const rule = ACTION_RULES[action];
  const phrase = ACTION_PHRASES[action];
  const authority = rule.authority;
  if (authority.kind === 'system') {
    if (actor.kind !== 'system') throw new AppError('FORBIDDEN', `Only the scheduler can ${phrase.may}.`);
  } else {
    if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', `The scheduler cannot ${phrase.may}.`);
    const isAuthor = article.bylineUserIds.includes(actor.id);
    const allowed =
      can(actor.role, authority.permission) ||
      ('ownPermission' in authority && isAuthor && can(actor.role, authority.ownPermission));
    if (!allowed) {
      throw new AppError(
        'FORBIDDEN',
        'ownPermission' in authority
          ? `Only the article's authors and editors can ${phrase.may}.`
          : `Your role cannot ${phrase.may}.`,
      );
    }
  }
  const to = targetState(article.state, action);
  if (!to) {
    throw new AppError('CONFLICT', `This article is ${STATE_LABELS[article.state].toLowerCase()}, so it can't be ${phrase.done}.`);
  }
  if ('fourEyes' in rule && settings.fourEyesApproval && actor.kind === 'staff' && article.bylineUserIds.includes(actor.id)) {
    throw new AppError('FORBIDDEN', FOUR_EYES_REASON);
  }
  return to;
}

export const FOUR_EYES_REASON =
  'Four-eyes rule: you have a byline on this article, so another editor must approve it.';

/**
 * THE decision every workflow step goes through: authority, state, four-eyes, then the required input
 * (BAD_REQUEST) and the publication preconditions (PRECONDITION_FAILED, listing every missing item).
 */
export function decideTransition(situation: Situation & { input: WorkflowInput; now: Date }): { from: ArticleState; to: ArticleState } {
  const to = authorizeTransition(situation);
  const rule = ACTION_RULES[situation.action];
  const { input, article, now } = situation;
  if ('requiresText' in rule && !input.comment?.trim()) {
    throw new AppError(
      'BAD_REQUEST',
      rule.requiresText === 'comment' ? 'Say what needs to change: a comment is required.' : 'Give a reason for unpublishing.',
      { problems: [rule.requiresText === 'comment' ? 'Add a comment' : 'Add a reason'] },
    );
  }
  if (rule.checksPreconditions) {
    const schedule = 'requiresPublishAt' in rule ? { publishAt: input.publishAt, now } : undefined;
    const problems = listPublicationProblems(article, schedule);
    if (problems.length) {
      throw new AppError('PRECONDITION_FAILED', `Not ready to ${ACTION_LABELS[situation.action].toLowerCase()}: ${problems.join('; ')}.`, {
        problems,
      });
    }
  }
  return { from: article.state, to };
}
