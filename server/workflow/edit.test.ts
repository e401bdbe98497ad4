import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { planContentEdit } from './edit';
import { ARTICLE_STATES, type ArticleState } from './states';
import type { WorkflowActor } from './workflow-types';

const actors = {
  'journalist, author': { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
  'journalist, not author': { kind: 'staff', id: 'sam', role: 'JOURNALIST' },
  'editor, not author': { kind: 'staff', id: 'dana', role: 'EDITOR' },
  'admin, not author': { kind: 'staff', id: 'alex', role: 'ADMIN' },
  system: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;

// Written out: what an edit does in each state, per actor. "→ X" moves to X; "correction" stays live and is
// logged; "clears schedule" also drops the publish time; FORBIDDEN / CONFLICT are refusals.
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
  },
  'journalist, not author': {
    DRAFT: 'FORBIDDEN',
    IN_REVIEW: 'FORBIDDEN',
    CHANGES_REQUESTED: 'FORBIDDEN',
    APPROVED: 'FORBIDDEN',
    SCHEDULED: 'FORBIDDEN',
    PUBLISHED: 'FORBIDDEN',
    UNPUBLISHED: 'FORBIDDEN',
    ARCHIVED: 'CONFLICT',
  },
  'editor, not author': {
    DRAFT: '→ DRAFT',
    IN_REVIEW: '→ IN_REVIEW',
    CHANGES_REQUESTED: '→ CHANGES_REQUESTED',
    APPROVED: '→ IN_REVIEW',
    SCHEDULED: '→ IN_REVIEW, clears schedule',
    PUBLISHED: '→ PUBLISHED, correction',
    UNPUBLISHED: '→ IN_REVIEW',
    ARCHIVED: 'CONFLICT',
  },
  'admin, not author': {
    DRAFT: '→ DRAFT',
    IN_REVIEW: '→ IN_REVIEW',
    CHANGES_REQUESTED: '→ CHANGES_REQUESTED',
    APPROVED: '→ IN_REVIEW',
    SCHEDULED: '→ IN_REVIEW, clears schedule',
    PUBLISHED: '→ PUBLISHED, correction',
    UNPUBLISHED: '→ IN_REVIEW',
    ARCHIVED: 'CONFLICT',
  },
  system: Object.fromEntries(ARTICLE_STATES.map((state) => [state, 'FORBIDDEN'])) as Record<ArticleState, string>,
};

function describeEdit(actor: WorkflowActor, state: ArticleState): string {
  try {
    const plan = planContentEdit({ actor, article: { state, bylineUserIds: ['olha'] } });
    return [`→ ${plan.nextState}`, plan.clearsSchedule && 'clears schedule', plan.isCorrection && 'correction']
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

  it('tells a journalist why', () => {
    expect(() =>
      planContentEdit({ actor: actors['journalist, author'], article: { state: 'APPROVED', bylineUserIds: ['olha'] } }),
    ).toThrow('This article is approved; only editors can change it now.');
    expect(() =>
      planContentEdit({ actor: actors['journalist, not author'], article: { state: 'DRAFT', bylineUserIds: ['olha'] } }),
    ).toThrow('You can only edit articles you have a byline on.');
  });
});
