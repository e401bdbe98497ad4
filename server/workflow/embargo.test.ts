import { describe, expect, it } from 'vitest';
import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import { AppError } from '../errors';
import { newsroomClock } from '../text/newsroom-time';
import { decideTransition } from './decide';
import { decideEmbargoChange, embargoLabel } from './embargo';
import { ARTICLE_STATES, type ArticleState, type WorkflowAction } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

const NOW = new Date('2026-11-27T10:00:00Z');
const HOUR = 3_600_000;
const ACTORS = {
  journalist: { kind: 'staff', id: 'j', role: 'JOURNALIST' },
  editor: { kind: 'staff', id: 'e', role: 'EDITOR' },
  admin: { kind: 'staff', id: 'a', role: 'ADMIN' },
  system: { kind: 'system' },
} as const satisfies Record<string, WorkflowActor>;

const article = (state: ArticleState, embargoUntil: Date | null): WorkflowArticle => ({
  state,
  embargoUntil,
  bylineUserIds: ['author'],
  bylineCount: 1,
  headline: 'Budget details',
  standfirst: '',
  bodyText: 'Details.',
  wordCount: 1,
  tagCount: 0,
  sourceCount: 0,
  sectionId: 'world',
  slugTaken: false,
  leadImage: null,
  contributions: { everBylineUserIds: ['author'], writerUserIds: ['author'], correctorUserIds: [] },
});

function outcome(action: WorkflowAction, state: ArticleState, embargoUntil: Date | null, publishAt?: Date): string {
  try {
    const actor = action === 'publishScheduled' ? ACTORS.system : ACTORS.editor;
    return decideTransition({ action, actor, article: article(state, embargoUntil), settings: { fourEyesApproval: true, publishChecklist: EMPTY_CHECKLIST }, input: { publishAt }, now: NOW }).to;
  } catch (error) {
    if (error instanceof AppError) return error.details.problems?.join('; ') ?? error.code;
    throw error;
  }
}

describe('an embargo in the workflow decision', () => {
  const later = new Date(NOW.getTime() + HOUR);
  const earlier = new Date(NOW.getTime() - HOUR);

  it('refuses every step that puts the article before readers while it holds, and allows them from its time', () => {
    for (const [action, from] of [['publish', 'APPROVED'], ['republish', 'UNPUBLISHED'], ['publishScheduled', 'SCHEDULED']] as const) {
      expect(outcome(action, from, later)).toBe('Wait for the embargo to end');
      expect(outcome(action, from, earlier)).toBe('PUBLISHED');
      expect(outcome(action, from, NOW)).toBe('PUBLISHED');
    }
  });

  it('refuses scheduling (or moving) before it, and allows it at or after it', () => {
    for (const [action, from] of [['schedule', 'APPROVED'], ['reschedule', 'SCHEDULED']] as const) {
      expect(outcome(action, from, later, new Date(later.getTime() - 60_000))).toBe('Choose a publish time at or after the embargo');
      expect(outcome(action, from, later, later)).toBe('SCHEDULED');
    }
  });

  it('does not hold up review: approving an embargoed article is allowed', () => {
    expect(outcome('approve', 'IN_REVIEW', later)).toBe('APPROVED');
  });
});

describe('setting, moving and lifting an embargo', () => {
  const decide = (actor: WorkflowActor, state: ArticleState, until: Date | null, current: Date | null = null, publishAt: Date | null = null) => {
    try {
      return decideEmbargoChange({ actor, article: { state, embargoUntil: current, publishAt }, until, now: NOW });
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
  };
  const later = new Date(NOW.getTime() + HOUR);
  const open: ArticleState[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'UNPUBLISHED'];

  it('is an editor\'s act, in every state where the article is not before readers nor locked', () => {
    for (const state of ARTICLE_STATES) {
      const expected = open.includes(state) ? 'set' : 'CONFLICT';
      expect({ state, editor: decide(ACTORS.editor, state, later), admin: decide(ACTORS.admin, state, later) }).toEqual({ state, editor: expected, admin: expected });
      expect(decide(ACTORS.journalist, state, later)).toBe('FORBIDDEN');
      expect(decide(ACTORS.system, state, later)).toBe('FORBIDDEN');
    }
  });

  it('moves a holding embargo, lifts only a holding one, and refuses a time already past', () => {
    expect(decide(ACTORS.editor, 'DRAFT', new Date(later.getTime() + HOUR), later)).toBe('move');
    expect(decide(ACTORS.editor, 'DRAFT', null, later)).toBe('lift');
    expect(decide(ACTORS.editor, 'DRAFT', null, null)).toBe('CONFLICT');
    expect(decide(ACTORS.editor, 'DRAFT', NOW)).toBe('BAD_REQUEST');
  });

  it('refuses an embargo after a scheduled publish time: reschedule first', () => {
    expect(decide(ACTORS.editor, 'SCHEDULED', later, null, new Date(later.getTime() - 1))).toBe('BAD_REQUEST');
    expect(decide(ACTORS.editor, 'SCHEDULED', later, null, later)).toBe('set');
  });

  it('is shown as "Embargoed until …" on the newsroom clock while it holds', () => {
    const clock = newsroomClock('Europe/Kyiv');
    expect(embargoLabel(clock, later, NOW)).toBe('Embargoed until 27 Nov 2026, 13:00');
    expect(embargoLabel(clock, NOW, NOW)).toBeNull();
    expect(embargoLabel(clock, null, NOW)).toBeNull();
  });
});
