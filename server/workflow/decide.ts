import { can } from '../auth/permissions';
import { AppError } from '../errors';
import { conflictOfInterest, fourEyesReason } from './four-eyes';
import { missingRequiredItems } from './checklist';
import { embargoProblem } from './embargo';
import { listPublicationProblems } from './preconditions';
import { ACTION_PHRASES, STATE_PHRASES, type ArticleState, type WorkflowAction } from './states';
import { ACTION_RULES, targetState } from './transitions';
import type { DecisionSettings, WorkflowActor, WorkflowArticle, WorkflowInput, WorkflowSettings } from './workflow-types';

export type WorkflowSituation = {
  action: WorkflowAction;
  actor: WorkflowActor;
  article: WorkflowArticle;
  settings: WorkflowSettings;
};

/** Who may take a step reads only who the article credits and who had a hand in it, and its state. */
type AuthorizationSituation = Omit<WorkflowSituation, 'article'> & {
  article: Pick<WorkflowArticle, 'state' | 'bylineUserIds' | 'contributions'>;
};

/** The verdict on who may take an action from the article's state, before input and preconditions. */
export type Authorization =
  /** fourEyesWaived: allowed only because the newsroom turned the four-eyes rule off (the step records it). */
  | { allowed: true; to: ArticleState; fourEyesWaived: boolean }
  | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string; byFourEyes: boolean };

export type WorkflowTransition = { action: WorkflowAction; from: ArticleState; to: ArticleState; fourEyesWaived: boolean };

/**
 * Whether this actor may take this action on the article as it stands. Checked in this order on purpose:
 * authority first (a journalist calling publish hears "your role cannot", whatever the state, and learns
 * nothing about the article), then the state (CONFLICT: the article moved on, or the button was stale),
 * then the four-eyes rule. Returns a verdict rather than throwing, so the desk's button list reads it too.
 */
export function authorizeTransition({ action, actor, article, settings }: AuthorizationSituation): Authorization {
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
  // Anyone who held a byline or wrote in it, ever, not just the byline as it stands now (see four-eyes.ts).
  const fourEyesVerb = 'fourEyes' in rule ? rule.fourEyes : null;
  const conflict = fourEyesVerb ? conflictOfInterest(actor, article, { countCorrections: true }) : null;
  if (fourEyesVerb && conflict && settings.fourEyesApproval) {
    return refuse('FORBIDDEN', fourEyesReason(conflict, fourEyesVerb), true);
  }
  return { allowed: true, to, fourEyesWaived: conflict !== null };
}

/**
 * THE decision every workflow step goes through, on the server and in the scheduler: authority, state and
 * four-eyes (FORBIDDEN / CONFLICT), then the required text (BAD_REQUEST), then the publication
 * preconditions and the checklist's required items (PRECONDITION_FAILED, every missing item in
 * details.problems).
 */
export function decideTransition(
  situation: WorkflowSituation & { settings: DecisionSettings; input: WorkflowInput; now: Date },
): WorkflowTransition {
  const { action, article, input, now, settings } = situation;
  const verdict = authorizeTransition(situation);
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.reason);

  const rule = ACTION_RULES[action];
  if ('requiresText' in rule && !input.comment?.trim()) {
    const asComment = rule.requiresText === 'comment';
    throw new AppError(
      'BAD_REQUEST',
      asComment ? 'Say what needs to change: a comment is required.' : `Give a reason: an article is not ${ACTION_PHRASES[action].done} without one.`,
      { problems: [asComment ? 'Add a comment' : 'Add a reason'] },
    );
  }
  if ('requiresTakedown' in rule && !input.takedown) {
    throw new AppError('BAD_REQUEST', 'Say whether it is a legal order or a safety takedown.', { problems: ['Choose the ground'] });
  }
  if (rule.checksPreconditions) {
    const schedule = 'requiresPublishAt' in rule ? { publishAt: input.publishAt, unpublishAt: input.unpublishAt, now } : undefined;
    const problems = listPublicationProblems(article, schedule, now);
    // The embargo: nothing goes live before it, and nothing is scheduled to (workflow/embargo.ts).
    const embargo =
      'goesLiveNow' in rule ? embargoProblem(article.embargoUntil, { now }) : schedule?.publishAt ? embargoProblem(article.embargoUntil, { publishAt: schedule.publishAt }) : null;
    if (embargo) problems.push(embargo);
    // The newsroom's required checklist items (recommended ones only warn, on the article screen).
    if ('checksChecklist' in rule && rule.checksChecklist) problems.push(...missingRequiredItems(settings.publishChecklist, article));
    if (problems.length > 0) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `This article isn't ready to be ${ACTION_PHRASES[action].done}: ${problems.join('; ')}.`,
        { problems },
      );
    }
  }
  return { action, from: article.state, to: verdict.to, fourEyesWaived: verdict.fourEyesWaived };
}
