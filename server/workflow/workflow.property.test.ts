import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decideTransition } from './decide';
import { planContentEdit } from './edit';
import { WORKFLOW_ACTIONS } from './states';
import type { WorkflowActor, WorkflowArticle } from './workflow-types';

const staff: WorkflowActor[] = [
  { kind: 'staff', id: 'j1', role: 'JOURNALIST' },
  { kind: 'staff', id: 'j2', role: 'JOURNALIST' },
  { kind: 'staff', id: 'e1', role: 'EDITOR' },
  { kind: 'staff', id: 'e2', role: 'EDITOR' },
  { kind: 'staff', id: 'a1', role: 'ADMIN' },
];
const everyone: WorkflowActor[] = [...staff, { kind: 'system' }];
const staffIds = staff.map((actor) => (actor.kind === 'staff' ? actor.id : ''));

type Step =
  | { kind: 'transition'; actor: number; action: (typeof WORKFLOW_ACTIONS)[number]; withInput: boolean }
  | { kind: 'edit'; actor: number; bylines: string[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('transition' as const),
    actor: fc.nat({ max: everyone.length - 1 }),
    action: fc.constantFrom(...WORKFLOW_ACTIONS),
    withInput: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    actor: fc.nat({ max: staff.length - 1 }),
    // Edits may change who has a byline, including adding the would-be approver.
    bylines: fc.subarray(staffIds, { minLength: 1 }),
  }),
);

const NOW = new Date('2026-11-25T10:00:00Z');
const PUBLISHING = new Set(['publish', 'republish', 'publishScheduled']);

/**
 * Plays a random sequence of steps through the real rules (refused steps change nothing) and returns a
 * violation, if any: reaching PUBLISHED without a standing approval by someone who was not a byline author
 * when they approved. An edit (other than a correction to the live article) voids the approval.
 */
function findViolation(steps: Step[], fourEyesApproval: boolean): string | null {
  let article: WorkflowArticle = {
    state: 'DRAFT',
    bylineUserIds: ['j1'],
    bylineCount: 1,
    headline: 'Headline',
    bodyText: 'Body',
    sectionId: 'world',
    slugTaken: false,
    leadImage: null,
  };
  let approval: { byAuthor: boolean } | null = null;
  for (const s of steps) {
    try {
      if (s.kind === 'edit') {
        const plan = planContentEdit({ actor: staff[s.actor]!, article });
        if (article.state !== 'PUBLISHED') approval = null;
        article = { ...article, state: plan.nextState, bylineUserIds: s.bylines, bylineCount: s.bylines.length };
        continue;
      }
      const actor = everyone[s.actor]!;
      const { to } = decideTransition({
        action: s.action,
        actor,
        article,
        settings: { fourEyesApproval },
        input: s.withInput ? { comment: 'Because', publishAt: new Date(NOW.getTime() + 60_000) } : {},
        now: NOW,
      });
      if (s.action === 'approve') {
        approval = { byAuthor: actor.kind === 'staff' && article.bylineUserIds.includes(actor.id) };
      }
      if (PUBLISHING.has(s.action)) {
        if (!approval) return `${s.action} reached PUBLISHED with no standing approval`;
        if (fourEyesApproval && approval.byAuthor) return `${s.action} reached PUBLISHED approved by a byline author`;
      }
      article = { ...article, state: to };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return null;
}

describe('nothing reaches readers without review', () => {
  it('no sequence of actions by any actors publishes without an approval by a non-author', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        expect(findViolation(steps, true)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('with the four-eyes rule off, publishing still needs a standing approval', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        expect(findViolation(steps, false)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('the generator does reach PUBLISHED (the property is not vacuous)', () => {
    const reached = fc.sample(fc.array(step, { minLength: 30, maxLength: 40 }), 2000).some((steps) => {
      let published = false;
      let article: WorkflowArticle = {
        state: 'DRAFT', bylineUserIds: ['j1'], bylineCount: 1, headline: 'H', bodyText: 'B', sectionId: 's', slugTaken: false, leadImage: null,
      };
      for (const s of steps) {
        if (s.kind !== 'transition') continue;
        try {
          const { to } = decideTransition({
            action: s.action, actor: everyone[s.actor]!, article, settings: { fourEyesApproval: true },
            input: { comment: 'c', publishAt: new Date(NOW.getTime() + 1) }, now: NOW,
          });
          article = { ...article, state: to };
          published ||= to === 'PUBLISHED';
        } catch {
          // refused: nothing changes
        }
      }
      return published;
    });
    expect(reached).toBe(true);
  });
});
