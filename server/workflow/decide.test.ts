import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decideTransition } from './decide';
import { ARTICLE_STATES, WORKFLOW_ACTIONS, type ArticleState, type WorkflowAction } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

// Actors: J = journalist, E = editor, A = admin; a star means they have a byline on the article. S = system.
const ACTORS = {
  J: { kind: 'staff', id: 'journalist', role: 'JOURNALIST' },
  'J*': { kind: 'staff', id: 'author-journalist', role: 'JOURNALIST' },
  E: { kind: 'staff', id: 'editor', role: 'EDITOR' },
  'E*': { kind: 'staff', id: 'author-editor', role: 'EDITOR' },
  A: { kind: 'staff', id: 'admin', role: 'ADMIN' },
  'A*': { kind: 'staff', id: 'author-admin', role: 'ADMIN' },
  S: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;
type ActorKey = keyof typeof ACTORS;
const AUTHOR_IDS = ['author-journalist', 'author-editor', 'author-admin'];

/**
 * The specification, written out: who may take each action, from which states, to which state, and who
 * the four-eyes rule bars. Every cell not listed must be refused: FORBIDDEN for an actor without
 * authority (whatever the state), CONFLICT for the right actor in the wrong state.
 */
const EXPECTED: Record<
  WorkflowAction,
  { who: ActorKey[]; from: Partial<Record<ArticleState, ArticleState>>; fourEyesBars?: ActorKey[] }
> = {
  submit: { who: ['J*', 'E', 'E*', 'A', 'A*'], from: { DRAFT: 'IN_REVIEW', CHANGES_REQUESTED: 'IN_REVIEW' } },
  requestChanges: { who: ['E', 'E*', 'A', 'A*'], from: { IN_REVIEW: 'CHANGES_REQUESTED' } },
  approve: { who: ['E', 'E*', 'A', 'A*'], from: { IN_REVIEW: 'APPROVED' }, fourEyesBars: ['E*', 'A*'] },
  schedule: { who: ['E', 'E*', 'A', 'A*'], from: { APPROVED: 'SCHEDULED' } },
  reschedule: { who: ['E', 'E*', 'A', 'A*'], from: { SCHEDULED: 'SCHEDULED' } },
  unschedule: { who: ['E', 'E*', 'A', 'A*'], from: { SCHEDULED: 'APPROVED' } },
  publish: { who: ['E', 'E*', 'A', 'A*'], from: { APPROVED: 'PUBLISHED' } },
  unpublish: { who: ['E', 'E*', 'A', 'A*'], from: { PUBLISHED: 'UNPUBLISHED' } },
  republish: { who: ['E', 'E*', 'A', 'A*'], from: { UNPUBLISHED: 'PUBLISHED' } },
  archive: {
    who: ['A', 'A*'],
    from: { DRAFT: 'ARCHIVED', CHANGES_REQUESTED: 'ARCHIVED', APPROVED: 'ARCHIVED', UNPUBLISHED: 'ARCHIVED' },
  },
  restore: { who: ['A', 'A*'], from: { ARCHIVED: 'DRAFT' } },
  publishScheduled: { who: ['S'], from: { SCHEDULED: 'PUBLISHED' } },
  holdScheduled: { who: ['S'], from: { SCHEDULED: 'APPROVED' } },
  unpublishExpired: { who: ['S'], from: { PUBLISHED: 'UNPUBLISHED' } },
};

const NOW = new Date('2026-11-25T10:00:00Z');
const completeArticle = (state: ArticleState): WorkflowArticle => ({
  state,
  bylineUserIds: AUTHOR_IDS,
  bylineCount: 3,
  headline: 'Russia and China strengthen defence cooperation – ISW',
  bodyText: 'Details: …',
  sectionId: 'world',
  slugTaken: false,
  leadImage: { credit: 'Stock photo: Getty Images', alt: 'Warships at sea' },
});

function outcome(action: WorkflowAction, actor: WorkflowActor, state: ArticleState, fourEyesApproval = true): string {
  try {
    return decideTransition({
      action,
      actor,
      article: completeArticle(state),
      settings: { fourEyesApproval },
      input: { comment: 'Tighten the second paragraph', publishAt: new Date('2026-11-26T08:00:00Z') },
      now: NOW,
    }).to;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

function expectedOutcome(action: WorkflowAction, actorKey: ActorKey, state: ArticleState, fourEyes = true): string {
  const spec = EXPECTED[action];
  if (!spec.who.includes(actorKey)) return 'FORBIDDEN';
  const to = spec.from[state];
  if (!to) return 'CONFLICT';
  if (fourEyes && spec.fourEyesBars?.includes(actorKey)) return 'FORBIDDEN';
  return to;
}

describe('every role × state × action, against the written-out table', () => {
  for (const fourEyesApproval of [true, false]) {
    for (const action of WORKFLOW_ACTIONS) {
      it(`${action}, four-eyes rule ${fourEyesApproval ? 'on' : 'off'}`, () => {
        const actual: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const state of ARTICLE_STATES) {
          for (const key of Object.keys(ACTORS) as ActorKey[]) {
            actual[`${key} @ ${state}`] = outcome(action, ACTORS[key], state, fourEyesApproval);
            expected[`${key} @ ${state}`] = expectedOutcome(action, key, state, fourEyesApproval);
          }
        }
        expect(actual).toEqual(expected);
      });
    }
  }

  it('reports the step it decided', () => {
    const step = decideTransition({
      action: 'approve',
      actor: ACTORS.E,
      article: completeArticle('IN_REVIEW'),
      settings: { fourEyesApproval: true },
      input: {},
      now: NOW,
    });
    expect(step).toEqual({ action: 'approve', from: 'IN_REVIEW', to: 'APPROVED' });
  });
});

describe('refusals say why', () => {
  const decide = (action: WorkflowAction, actor: WorkflowActor, state: ArticleState, input = {}) => () =>
    decideTransition({ action, actor, article: completeArticle(state), settings: { fourEyesApproval: true }, input, now: NOW });

  it('a journalist cannot publish, whatever the state', () => {
    expect(decide('publish', ACTORS['J*'], 'APPROVED')).toThrow('Your role cannot publish articles.');
    expect(decide('publish', ACTORS['J*'], 'DRAFT')).toThrow('Your role cannot publish articles.');
  });

  it("a journalist cannot submit someone else's article", () => {
    expect(decide('submit', ACTORS.J, 'DRAFT')).toThrow("Only the article's authors and editors can submit articles for review.");
  });

  it('staff and the scheduler are told the other one takes that step', () => {
    expect(decide('publishScheduled', ACTORS.A, 'SCHEDULED')).toThrow('Only the scheduler can publish scheduled articles.');
    expect(decide('publish', ACTORS.S, 'APPROVED')).toThrow('The scheduler cannot publish articles.');
  });

  it('an author-editor is told about the four-eyes rule', () => {
    expect(decide('approve', ACTORS['E*'], 'IN_REVIEW')).toThrow(
      'Four-eyes rule: you have a byline on this article, so another editor must approve it.',
    );
  });

  it('the wrong state is named in a sentence', () => {
    expect(decide('approve', ACTORS.E, 'PUBLISHED')).toThrow("This article is published, so it can't be approved.");
    expect(decide('publish', ACTORS.E, 'DRAFT')).toThrow("This article is a draft, so it can't be published now.");
    expect(decide('archive', ACTORS.A, 'SCHEDULED')).toThrow("This article is scheduled, so it can't be archived.");
  });

  it('requesting changes needs a comment, unpublishing a reason (BAD_REQUEST)', () => {
    expect(decide('requestChanges', ACTORS.E, 'IN_REVIEW', { comment: '  ' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', message: 'Say what needs to change: a comment is required.' }),
    );
    expect(decide('unpublish', ACTORS.E, 'PUBLISHED', { comment: null })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', message: 'Give a reason for unpublishing.' }),
    );
  });

  it('scheduling needs a time strictly in the future', () => {
    expect(decide('schedule', ACTORS.E, 'APPROVED', { publishAt: new Date('2026-11-25T09:59:00Z') })).toThrow(
      "This article isn't ready to be scheduled: Choose a publish time in the future.",
    );
    expect(decide('schedule', ACTORS.E, 'APPROVED', { publishAt: NOW })).toThrow('Choose a publish time in the future');
    expect(decide('schedule', ACTORS.E, 'APPROVED', {})).toThrow('Choose a publish time.');
    expect(decide('schedule', ACTORS.E, 'APPROVED', { publishAt: new Date(NOW.getTime() + 1) })()).toMatchObject({
      to: 'SCHEDULED',
    });
  });

  it('rescheduling checks the new time as scheduling does', () => {
    expect(decide('reschedule', ACTORS.E, 'SCHEDULED', { publishAt: NOW })).toThrow(
      "This article isn't ready to be rescheduled: Choose a publish time in the future.",
    );
    expect(decide('reschedule', ACTORS.E, 'SCHEDULED', { publishAt: new Date(NOW.getTime() + 60_000) })()).toMatchObject({
      from: 'SCHEDULED',
      to: 'SCHEDULED',
    });
  });

  it('a take-down time must come after the publish time', () => {
    const publishAt = new Date(NOW.getTime() + 3_600_000);
    for (const unpublishAt of [publishAt, new Date(publishAt.getTime() - 1), new Date(NOW.getTime() - 1)]) {
      expect(decide('schedule', ACTORS.E, 'APPROVED', { publishAt, unpublishAt })).toThrow(
        expect.objectContaining({ code: 'PRECONDITION_FAILED', details: { problems: ['Choose a take-down time after the publish time'] } }),
      );
    }
    expect(decide('schedule', ACTORS.E, 'APPROVED', { publishAt, unpublishAt: new Date(publishAt.getTime() + 1) })()).toMatchObject({
      to: 'SCHEDULED',
    });
    expect(decide('reschedule', ACTORS.E, 'SCHEDULED', { publishAt, unpublishAt: NOW })).toThrow('Choose a take-down time after the publish time');
  });
});
