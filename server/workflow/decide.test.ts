import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decideTransition } from './decide';
import { ARTICLE_STATES, WORKFLOW_ACTIONS, type ArticleState, type WorkflowAction } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

// Actors: J = journalist, E = editor, A = admin; a star means they have a byline on the article, a tilde
// that they had one once, "w" that they wrote or changed its text (without a byline), "c" that they
// corrected it while it was live. S = system.
const ACTORS = {
  J: { kind: 'staff', id: 'journalist', role: 'JOURNALIST' },
  'J*': { kind: 'staff', id: 'author-journalist', role: 'JOURNALIST' },
  E: { kind: 'staff', id: 'editor', role: 'EDITOR' },
  'E*': { kind: 'staff', id: 'author-editor', role: 'EDITOR' },
  'E~': { kind: 'staff', id: 'former-author-editor', role: 'EDITOR' },
  Ew: { kind: 'staff', id: 'writer-editor', role: 'EDITOR' },
  Ec: { kind: 'staff', id: 'corrector-editor', role: 'EDITOR' },
  A: { kind: 'staff', id: 'admin', role: 'ADMIN' },
  'A*': { kind: 'staff', id: 'author-admin', role: 'ADMIN' },
  Aw: { kind: 'staff', id: 'writer-admin', role: 'ADMIN' },
  S: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;
type ActorKey = keyof typeof ACTORS;
const AUTHOR_IDS = ['author-journalist', 'author-editor', 'author-admin'];

const EDITORS: ActorKey[] = ['E', 'E*', 'E~', 'Ew', 'Ec', 'A', 'A*', 'Aw'];
const ADMINS: ActorKey[] = ['A', 'A*', 'Aw'];
// Everyone the article's history names: the four-eyes rule bars them from approving, scheduling, publishing.
const CONTRIBUTORS: ActorKey[] = ['E*', 'E~', 'Ew', 'Ec', 'A*', 'Aw'];

/**
 * The specification, written out: who may take each action, from which states, to which state, and who
 * the four-eyes rule bars. Every cell not listed must be refused: FORBIDDEN for an actor without
 * authority (whatever the state), CONFLICT for the right actor in the wrong state.
 */
const EXPECTED: Record<
  WorkflowAction,
  { who: ActorKey[]; from: Partial<Record<ArticleState, ArticleState>>; fourEyesBars?: ActorKey[] }
> = {
  submit: { who: ['J*', ...EDITORS], from: { DRAFT: 'IN_REVIEW', CHANGES_REQUESTED: 'IN_REVIEW' } },
  // Sending it back stays open to those who wrote in it: only passing it needs other eyes.
  requestChanges: { who: EDITORS, from: { IN_REVIEW: 'CHANGES_REQUESTED' } },
  approve: { who: EDITORS, from: { IN_REVIEW: 'APPROVED' }, fourEyesBars: CONTRIBUTORS },
  schedule: { who: EDITORS, from: { APPROVED: 'SCHEDULED' }, fourEyesBars: CONTRIBUTORS },
  reschedule: { who: EDITORS, from: { SCHEDULED: 'SCHEDULED' }, fourEyesBars: CONTRIBUTORS },
  unschedule: { who: EDITORS, from: { SCHEDULED: 'APPROVED' } },
  publish: { who: EDITORS, from: { APPROVED: 'PUBLISHED' }, fourEyesBars: CONTRIBUTORS },
  unpublish: { who: EDITORS, from: { PUBLISHED: 'UNPUBLISHED' } },
  republish: { who: EDITORS, from: { UNPUBLISHED: 'PUBLISHED' }, fourEyesBars: CONTRIBUTORS },
  archive: {
    who: ADMINS,
    from: { DRAFT: 'ARCHIVED', CHANGES_REQUESTED: 'ARCHIVED', APPROVED: 'ARCHIVED', UNPUBLISHED: 'ARCHIVED' },
  },
  restore: { who: ADMINS, from: { ARCHIVED: 'DRAFT' } },
  publishScheduled: { who: ['S'], from: { SCHEDULED: 'PUBLISHED' } },
  holdScheduled: { who: ['S'], from: { SCHEDULED: 'APPROVED' } },
  unpublishExpired: { who: ['S'], from: { PUBLISHED: 'UNPUBLISHED' } },
  // Beyond unpublishing, for legal or safety reasons; only admins undo it (back to unpublished, not live).
  takeDown: { who: EDITORS, from: { PUBLISHED: 'TAKEN_DOWN', UNPUBLISHED: 'TAKEN_DOWN' } },
  reinstate: { who: ADMINS, from: { TAKEN_DOWN: 'UNPUBLISHED' } },
};

const NOW = new Date('2026-11-25T10:00:00Z');
const completeArticle = (state: ArticleState): WorkflowArticle => ({
  state,
  embargoUntil: null,
  bylineUserIds: AUTHOR_IDS,
  bylineCount: 3,
  headline: 'Russia and China strengthen defence cooperation – ISW',
  bodyText: 'Details: …',
  sectionId: 'world',
  slugTaken: false,
  standfirst: '',
  wordCount: 10,
  tagCount: 0,
  sourceCount: 0,
  leadImage: { credit: 'Stock photo: Getty Images', alt: 'Warships at sea' },
  contributions: {
    everBylineUserIds: [...AUTHOR_IDS, 'former-author-editor'],
    writerUserIds: ['author-journalist', 'writer-editor', 'writer-admin'],
    correctorUserIds: ['corrector-editor'],
  },
});

function outcome(action: WorkflowAction, actor: WorkflowActor, state: ArticleState, fourEyesApproval = true): string {
  try {
    return decideTransition({
      action,
      actor,
      article: completeArticle(state),
      settings: { fourEyesApproval, publishChecklist: EMPTY_CHECKLIST },
      input: { comment: 'Tighten the second paragraph', publishAt: new Date('2026-11-26T08:00:00Z'), takedown: { ground: 'LEGAL', notice: null } },
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
      settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST },
      input: {},
      now: NOW,
    });
    expect(step).toEqual({ action: 'approve', from: 'IN_REVIEW', to: 'APPROVED', fourEyesWaived: false });
  });

  it('says when a step was allowed only because the four-eyes rule is off, so it can be audited', () => {
    const decide = (action: WorkflowAction, actor: WorkflowActor, state: ArticleState) =>
      decideTransition({ action, actor, article: completeArticle(state), settings: { fourEyesApproval: false, publishChecklist: EMPTY_CHECKLIST }, input: { comment: 'Tighten it' }, now: NOW });
    expect(decide('approve', ACTORS['E~'], 'IN_REVIEW').fourEyesWaived).toBe(true);
    expect(decide('publish', ACTORS.Ew, 'APPROVED').fourEyesWaived).toBe(true);
    expect(decide('approve', ACTORS.E, 'IN_REVIEW').fourEyesWaived).toBe(false);
    // Steps the rule does not cover are never "waived", whoever takes them.
    expect(decide('requestChanges', ACTORS['E*'], 'IN_REVIEW').fourEyesWaived).toBe(false);
  });
});

describe('refusals say why', () => {
  const decide = (action: WorkflowAction, actor: WorkflowActor, state: ArticleState, input = {}) => () =>
    decideTransition({ action, actor, article: completeArticle(state), settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST }, input, now: NOW });

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

  it('so is anyone who had a byline, wrote in it or corrected it, for each step the rule covers', () => {
    expect(decide('approve', ACTORS['E~'], 'IN_REVIEW')).toThrow(
      'Four-eyes rule: you had a byline on this article, so another editor must approve it.',
    );
    expect(decide('publish', ACTORS.Ew, 'APPROVED')).toThrow('Four-eyes rule: you wrote or changed its text, so another editor must publish it.');
    expect(decide('schedule', ACTORS.Ec, 'APPROVED', { publishAt: new Date(NOW.getTime() + 1) })).toThrow(
      'Four-eyes rule: you wrote or changed its text, so another editor must schedule it.',
    );
    expect(decide('republish', ACTORS['A*'], 'UNPUBLISHED')).toThrow(
      'Four-eyes rule: you have a byline on this article, so another editor must republish it.',
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
      expect.objectContaining({ code: 'BAD_REQUEST', message: 'Give a reason: an article is not unpublished without one.' }),
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
