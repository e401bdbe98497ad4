import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { planContentEdit } from './edit';
import { ARTICLE_STATES, UPDATE_STATES, type ArticleState } from './states';
import type { WorkflowActor } from './workflow-types';

const BYLINES = ['olha', 'erin', 'ada'];
const actors = {
  'journalist, author': { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
  'journalist, not author': { kind: 'staff', id: 'sam', role: 'JOURNALIST' },
  'editor, author': { kind: 'staff', id: 'erin', role: 'EDITOR' },
  'editor, not author': { kind: 'staff', id: 'dana', role: 'EDITOR' },
  'admin, author': { kind: 'staff', id: 'ada', role: 'ADMIN' },
  'admin, not author': { kind: 'staff', id: 'alex', role: 'ADMIN' },
  system: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;

// What editors and admins get: authorship only matters to journalists.
const EDITOR_EXPECTED: Record<ArticleState, string> = {
  DRAFT: '→ DRAFT',
  IN_REVIEW: '→ IN_REVIEW',
  CHANGES_REQUESTED: '→ CHANGES_REQUESTED',
  APPROVED: '→ IN_REVIEW',
  SCHEDULED: '→ IN_REVIEW, clears schedule',
  PUBLISHED: '→ PUBLISHED, update DRAFTING',
  UNPUBLISHED: '→ IN_REVIEW',
  ARCHIVED: 'CONFLICT',
  // Locked: only an admin's undoing of the takedown unlocks it.
  TAKEN_DOWN: 'CONFLICT',
};

// Written out: what an edit does in each state, per actor. "→ X" moves to X; "update S" stays live with
// the change in a pending update in state S; "clears schedule" also drops the publish time; FORBIDDEN / CONFLICT are refusals.
const EXPECTED: Record<keyof typeof actors, Record<ArticleState, string>> = {
  'journalist, author': {
    DRAFT: '→ DRAFT',
    IN_REVIEW: 'FORBIDDEN',
    CHANGES_REQUESTED: '→ CHANGES_REQUESTED',
    APPROVED: 'FORBIDDEN',
    SCHEDULED: 'FORBIDDEN',
    PUBLISHED: 'FORBIDDEN',
    UNPUBLISHED: 'FORBIDDEN',
    ARCHIVED: 'CONFLICT',
    TAKEN_DOWN: 'CONFLICT',
  },
  'journalist, not author': {
    DRAFT: 'FORBIDDEN',
    IN_REVIEW: 'FORBIDDEN',
    CHANGES_REQUESTED: 'FORBIDDEN',
    APPROVED: 'FORBIDDEN',
    SCHEDULED: 'FORBIDDEN',
    PUBLISHED: 'FORBIDDEN',
    UNPUBLISHED: 'FORBIDDEN',
    ARCHIVED: 'FORBIDDEN',
    TAKEN_DOWN: 'FORBIDDEN',
  },
  // Updates are reviewed, so the live article's authors may write one (and may not publish it: update.ts).
  'editor, author': EDITOR_EXPECTED,
  'editor, not author': EDITOR_EXPECTED,
  'admin, author': EDITOR_EXPECTED,
  'admin, not author': EDITOR_EXPECTED,
  system: {
    DRAFT: 'FORBIDDEN',
    IN_REVIEW: 'FORBIDDEN',
    CHANGES_REQUESTED: 'FORBIDDEN',
    APPROVED: 'FORBIDDEN',
    SCHEDULED: 'FORBIDDEN',
    PUBLISHED: 'FORBIDDEN',
    UNPUBLISHED: 'FORBIDDEN',
    ARCHIVED: 'FORBIDDEN',
    TAKEN_DOWN: 'FORBIDDEN',
  },
};

function describeEdit(actor: WorkflowActor, state: ArticleState): string {
  try {
    const plan = planContentEdit({ actor, article: { state, bylineUserIds: BYLINES, updateState: null } });
    return [`→ ${plan.nextState}`, plan.clearsSchedule && 'clears schedule', plan.makesUpdate && `update ${plan.updateState}`]
      .filter(Boolean)
      .join(', ');
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('planContentEdit, for every actor in every state', () => {
  for (const [name, actor] of Object.entries(actors)) {
    it(name, () => {
      const actual = Object.fromEntries(ARTICLE_STATES.map((state) => [state, describeEdit(actor, state)]));
      expect(actual).toEqual(EXPECTED[name as keyof typeof actors]);
    });
  }
});

describe('planContentEdit says why', () => {
  const edit = (actor: WorkflowActor, state: ArticleState) => () =>
    planContentEdit({ actor, article: { state, bylineUserIds: BYLINES, updateState: null } });

  it('to a journalist', () => {
    expect(edit(actors['journalist, author'], 'APPROVED')).toThrow('This article is approved; only editors can change it now.');
    expect(edit(actors['journalist, author'], 'IN_REVIEW')).toThrow('This article is in review; only editors can change it now.');
    expect(edit(actors['journalist, not author'], 'DRAFT')).toThrow('You can only edit articles you have a byline on.');
  });

  it('to anyone, about an archived article', () => {
    expect(edit(actors['admin, not author'], 'ARCHIVED')).toThrow(
      'This article is archived; an admin must restore it before anyone edits it.',
    );
  });

  it('keeps a pending update in the state it is in: a save during review stays in review', () => {
    for (const updateState of UPDATE_STATES) {
      const plan = planContentEdit({ actor: actors['editor, author'], article: { state: 'PUBLISHED', bylineUserIds: BYLINES, updateState } });
      expect(plan).toEqual({ nextState: 'PUBLISHED', clearsSchedule: false, makesUpdate: true, updateState });
    }
  });

  it('to the scheduler', () => {
    expect(edit(actors.system, 'DRAFT')).toThrow('The scheduler does not edit articles.');
  });
});
