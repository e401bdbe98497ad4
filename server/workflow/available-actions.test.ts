import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { availableActions } from './available-actions';
import { decideTransition } from './decide';
import { ARTICLE_STATES, WORKFLOW_ACTIONS } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

const actors: WorkflowActor[] = [
  { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
  { kind: 'staff', id: 'sam', role: 'JOURNALIST' },
  { kind: 'staff', id: 'dana', role: 'EDITOR' },
  { kind: 'staff', id: 'alex', role: 'ADMIN' },
  { kind: 'system' },
];
const article = (state: (typeof ARTICLE_STATES)[number], bylineUserIds: string[]): WorkflowArticle => ({
  state,
  bylineUserIds,
  bylineCount: bylineUserIds.length,
  headline: 'H',
  bodyText: 'B',
  sectionId: 's',
  slugTaken: false,
  leadImage: null,
});

describe('availableActions agrees with decideTransition', () => {
  it('lists exactly the actions the server accepts, for every actor, state, authorship and setting', () => {
    for (const fourEyesApproval of [true, false]) {
      for (const state of ARTICLE_STATES) {
        for (const bylines of [['olha'], ['dana'], ['alex', 'olha']]) {
          for (const actor of actors) {
            const subject = article(state, bylines);
            const listed = availableActions({ actor, article: subject, settings: { fourEyesApproval } });
            const open = listed.filter((a) => !a.blockedBecause).map((a) => a.action);
            const accepted = WORKFLOW_ACTIONS.filter((action) => {
              try {
                decideTransition({
                  action, actor, article: subject, settings: { fourEyesApproval },
                  input: { comment: 'c', publishAt: new Date(Date.now() + 60_000) }, now: new Date(),
                });
                return true;
              } catch (error) {
                if (error instanceof AppError) return false;
                throw error;
              }
            });
            expect(open, `${JSON.stringify(actor)} on ${state} by ${bylines.join('+')}`).toEqual(accepted);
          }
        }
      }
    }
  });

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

  it('says what input each action needs', () => {
    const listed = availableActions({
      actor: { kind: 'staff', id: 'dana', role: 'EDITOR' },
      article: article('APPROVED', ['olha']),
      settings: { fourEyesApproval: true },
    });
    expect(listed.map((a) => [a.action, a.needs])).toEqual([
      ['schedule', 'publishAt'],
      ['publish', null],
    ]);
  });

  it('gives a journalist no publishing actions at all', () => {
    for (const state of ARTICLE_STATES) {
      const listed = availableActions({
        actor: { kind: 'staff', id: 'olha', role: 'JOURNALIST' },
        article: article(state, ['olha']),
        settings: { fourEyesApproval: true },
      });
      expect(listed.map((a) => a.action).filter((a) => a !== 'submit')).toEqual([]);
    }
  });
});
