import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { availableActions, type AvailableAction } from './available-actions';
import { decideTransition } from './decide';
import { ARTICLE_STATES, WORKFLOW_ACTIONS, type ArticleState } from './states';
import type { Contributions, WorkflowActor, WorkflowArticle, WorkflowInput } from './workflow-types';

const actors: WorkflowActor[] = [
  { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
  { kind: 'staff', id: 'sam', role: 'JOURNALIST' },
  { kind: 'staff', id: 'dana', role: 'EDITOR' },
  { kind: 'staff', id: 'erin', role: 'EDITOR' },
  { kind: 'staff', id: 'alex', role: 'ADMIN' },
  { kind: 'system' },
];
const NOW = new Date('2026-11-25T10:00:00Z');
const NO_HISTORY: Contributions = { everBylineUserIds: [], writerUserIds: [], correctorUserIds: [] };
// Histories beyond the current byline: a former author, editors who wrote in it or corrected it.
const HISTORIES: Contributions[] = [
  NO_HISTORY,
  { everBylineUserIds: ['erin'], writerUserIds: ['dana'], correctorUserIds: [] },
  { everBylineUserIds: [], writerUserIds: ['olha'], correctorUserIds: ['alex', 'erin'] },
];
const article = (state: ArticleState, bylineUserIds: string[], complete = true, contributions = NO_HISTORY): WorkflowArticle => ({
  state,
  bylineUserIds,
  bylineCount: bylineUserIds.length,
  embargoUntil: null,
  headline: 'H',
  bodyText: complete ? 'B' : '',
  sectionId: complete ? 's' : null,
  slugTaken: false,
  standfirst: '',
  wordCount: 10,
  tagCount: 0,
  sourceCount: 0,
  leadImage: null,
  contributions,
});
const inputs: WorkflowInput[] = [{ comment: 'c', publishAt: new Date(NOW.getTime() + 60_000), takedown: { ground: 'LEGAL', notice: null } }, {}];

/**
 * What the desk should show for an action, read off what the server does when it is called: accepted, or
 * refused only for missing input or preconditions, means an open button; a four-eyes refusal means a
 * disabled button with the reason; any other refusal means no button.
 */
function expectedListing(outcome: AppError | 'accepted'): 'open' | { blockedBecause: string } | 'hidden' {
  if (outcome === 'accepted') return 'open';
  if (outcome.code === 'BAD_REQUEST' || outcome.code === 'PRECONDITION_FAILED') return 'open';
  if (outcome.code === 'FORBIDDEN' && outcome.message.startsWith('Four-eyes rule')) {
    return { blockedBecause: outcome.message };
  }
  return 'hidden';
}

function listing(listed: AvailableAction | undefined) {
  if (!listed) return 'hidden';
  return listed.blockedBecause === null ? 'open' : { blockedBecause: listed.blockedBecause };
}

describe('availableActions agrees with decideTransition', () => {
  it('for every actor, state, authorship, history, setting, completeness and input', () => {
    let compared = 0;
    for (const fourEyesApproval of [true, false]) {
      for (const state of ARTICLE_STATES) {
        for (const bylines of [['olha'], ['dana'], ['alex', 'olha'], ['erin', 'dana', 'alex']]) {
          for (const [history, contributions] of HISTORIES.entries()) {
            for (const complete of [true, false]) {
              for (const actor of actors) {
                const subject = article(state, bylines, complete, contributions);
                const settings = { fourEyesApproval, publishChecklist: EMPTY_CHECKLIST };
                const listed = availableActions({ actor, article: subject, settings });
                for (const input of inputs) {
                  for (const action of WORKFLOW_ACTIONS) {
                    let outcome: AppError | 'accepted' = 'accepted';
                    try {
                      decideTransition({ action, actor, article: subject, settings, input, now: NOW });
                    } catch (error) {
                      if (!(error instanceof AppError)) throw error;
                      outcome = error;
                    }
                    const where = `${action} by ${JSON.stringify(actor)} on ${state} by ${bylines.join('+')}, history ${history}`;
                    expect(listing(listed.find((a) => a.action === action)), where).toEqual(expectedListing(outcome));
                    compared++;
                  }
                }
              }
            }
          }
        }
      }
    }
    expect(compared).toBe(2 * ARTICLE_STATES.length * 4 * HISTORIES.length * 2 * 6 * 2 * WORKFLOW_ACTIONS.length);
  }, 60_000);
});

describe('availableActions, by example', () => {
  it('shows an editor who wrote the piece that approve is barred, and why', () => {
    const listed = availableActions({
      actor: { kind: 'staff', id: 'dana', role: 'EDITOR' },
      article: article('IN_REVIEW', ['dana']),
      settings: { fourEyesApproval: true },
    });
    expect(listed.map((a) => [a.action, a.blockedBecause])).toEqual([
      ['requestChanges', null],
      ['approve', 'Four-eyes rule: you have a byline on this article, so another editor must approve it.'],
    ]);
  });

  it('keeps the block for an editor who took her byline off, or never put it on what she wrote', () => {
    const dana: WorkflowActor = { kind: 'staff', id: 'dana', role: 'EDITOR' };
    const blocked = (contributions: Contributions, state: ArticleState) =>
      availableActions({ actor: dana, article: article(state, ['olha'], true, contributions), settings: { fourEyesApproval: true } }).map(
        (a) => [a.action, a.blockedBecause],
      );
    expect(blocked({ ...NO_HISTORY, everBylineUserIds: ['dana'] }, 'IN_REVIEW')).toEqual([
      ['requestChanges', null],
      ['approve', 'Four-eyes rule: you had a byline on this article, so another editor must approve it.'],
    ]);
    expect(blocked({ ...NO_HISTORY, writerUserIds: ['dana'] }, 'APPROVED')).toEqual([
      ['schedule', 'Four-eyes rule: you wrote or changed its text, so another editor must schedule it.'],
      ['publish', 'Four-eyes rule: you wrote or changed its text, so another editor must publish it.'],
    ]);
  });

  it('says what input each action needs', () => {
    const editor: WorkflowActor = { kind: 'staff', id: 'dana', role: 'EDITOR' };
    const admin: WorkflowActor = { kind: 'staff', id: 'alex', role: 'ADMIN' };
    const needs = (actor: WorkflowActor, state: ArticleState) =>
      availableActions({ actor, article: article(state, ['olha']), settings: { fourEyesApproval: true } }).map(
        (a) => [a.action, a.needs],
      );
    expect(needs(editor, 'IN_REVIEW')).toEqual([['requestChanges', 'comment'], ['approve', null]]);
    expect(needs(editor, 'APPROVED')).toEqual([['schedule', 'publishAt'], ['publish', null]]);
    expect(needs(editor, 'SCHEDULED')).toEqual([['reschedule', 'publishAt'], ['unschedule', null]]);
    expect(needs(editor, 'PUBLISHED')).toEqual([['unpublish', 'reason'], ['takeDown', 'takedown']]);
    expect(needs(admin, 'UNPUBLISHED')).toEqual([['republish', null], ['archive', null], ['takeDown', 'takedown']]);
    expect(needs(editor, 'TAKEN_DOWN')).toEqual([]);
    expect(needs(admin, 'TAKEN_DOWN')).toEqual([['reinstate', 'reason']]);
  });

  it('gives a journalist nothing but submitting their own piece', () => {
    for (const state of ARTICLE_STATES) {
      const listed = availableActions({
        actor: { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
        article: article(state, ['olha']),
        settings: { fourEyesApproval: true },
      });
      const expected = state === 'DRAFT' || state === 'CHANGES_REQUESTED' ? ['submit'] : [];
      expect(listed.map((a) => a.action), state).toEqual(expected);
    }
  });

  it('gives the scheduler only its own steps, and staff never', () => {
    const actionsOf = (actor: WorkflowActor, state: ArticleState) =>
      availableActions({ actor, article: article(state, []), settings: { fourEyesApproval: true } }).map((a) => a.action);
    expect(actionsOf({ kind: 'system' }, 'SCHEDULED')).toEqual(['publishScheduled', 'holdScheduled']);
    expect(actionsOf({ kind: 'system' }, 'PUBLISHED')).toEqual(['unpublishExpired']);
    expect(actionsOf({ kind: 'staff', id: 'alex', role: 'ADMIN' }, 'SCHEDULED')).toEqual(['reschedule', 'unschedule']);
  });
});
