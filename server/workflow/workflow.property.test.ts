import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { availableActions } from './available-actions';
import { decideTransition } from './decide';
import { planContentEdit } from './edit';
import { WORKFLOW_ACTIONS, type ArticleState, type WorkflowAction } from './states';
import type { WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

const everyone: WorkflowActor[] = [
  { kind: 'staff', id: 'j1', role: 'JOURNALIST' },
  { kind: 'staff', id: 'j2', role: 'JOURNALIST' },
  { kind: 'staff', id: 'e1', role: 'EDITOR' },
  { kind: 'staff', id: 'e2', role: 'EDITOR' },
  { kind: 'staff', id: 'a1', role: 'ADMIN' },
  { kind: 'system' },
];
const staffIds = everyone.flatMap((actor) => (actor.kind === 'staff' ? [actor.id] : []));
const NOW = new Date('2026-11-25T10:00:00Z');

/**
 * A step names its action either outright (any of the twelve, mostly refused) or, to reach deep states
 * often, as a pick among the buttons the desk shows this actor now. Either way decideTransition decides.
 */
type Step =
  | { kind: 'transition'; actor: WorkflowActor; action: WorkflowAction | { pick: number }; withInput: boolean }
  | { kind: 'edit'; actor: WorkflowActor; bylines: string[] };

// Edits may change who has a byline, including adding or removing the would-be approver.
const bylines = fc.subarray(staffIds, { minLength: 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      actor: fc.constantFrom(...everyone),
      action: fc.oneof(fc.constantFrom(...WORKFLOW_ACTIONS), fc.record({ pick: fc.nat() })),
      withInput: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), actor: fc.constantFrom(...everyone), bylines }) },
);
const scenario = fc.record({ firstBylines: bylines, steps: fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }) });

function chooseAction(step: Step & { kind: 'transition' }, article: WorkflowArticle, settings: WorkflowSettings) {
  if (typeof step.action === 'string') return step.action;
  const shown = availableActions({ actor: step.actor, article, settings }).map((listed) => listed.action);
  const choices = shown.length > 0 ? shown : WORKFLOW_ACTIONS;
  return choices[step.action.pick % choices.length]!;
}

type Approval = { byAuthor: boolean };
type Outcome = { violation: string | null; published: boolean };

/**
 * Plays the steps through the real rules (a refused step changes nothing) while keeping its own record of
 * the standing approval: set by an approve step, noting whether the approver had a byline at that moment,
 * and voided by any content edit except a correction to the live article (which the spec allows without
 * review). Whenever the article enters PUBLISHED, by any step, that record must show an approval.
 */
function play(firstBylines: string[], steps: Step[], fourEyesApproval: boolean): Outcome {
  let article: WorkflowArticle = {
    state: 'DRAFT',
    bylineUserIds: firstBylines,
    bylineCount: firstBylines.length,
    headline: 'Headline',
    bodyText: 'Body',
    sectionId: 'world',
    slugTaken: false,
    leadImage: null,
  };
  let approval: Approval | null = null;
  let published = false;

  const enter = (to: ArticleState, how: string): string | null => {
    if (to !== 'PUBLISHED' || article.state === 'PUBLISHED') return null;
    published = true;
    if (!approval) return `${how} published with no standing approval`;
    if (fourEyesApproval && approval.byAuthor) return `${how} published copy approved by its own author`;
    return null;
  };

  for (const s of steps) {
    try {
      if (s.kind === 'edit') {
        const plan = planContentEdit({ actor: s.actor, article });
        if (!plan.isCorrection) approval = null;
        const violation = enter(plan.nextState, 'an edit');
        if (violation) return { violation, published };
        article = { ...article, state: plan.nextState, bylineUserIds: s.bylines, bylineCount: s.bylines.length };
      } else {
        const action = chooseAction(s, article, { fourEyesApproval });
        const { to } = decideTransition({
          action,
          actor: s.actor,
          article,
          settings: { fourEyesApproval },
          input: s.withInput ? { comment: 'Because', publishAt: new Date(NOW.getTime() + 60_000) } : {},
          now: NOW,
        });
        if (action === 'approve') {
          approval = { byAuthor: s.actor.kind === 'staff' && article.bylineUserIds.includes(s.actor.id) };
        }
        const violation = enter(to, action);
        if (violation) return { violation, published };
        article = { ...article, state: to };
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { violation: null, published };
}

describe('nothing reaches readers without review', () => {
  for (const fourEyesApproval of [true, false]) {
    const rule = fourEyesApproval
      ? 'publishes only copy approved, unchanged since, by someone without a byline'
      : 'with the four-eyes rule off, still publishes only copy approved and unchanged since';
    it(rule, () => {
      let runs = 0;
      let publishedRuns = 0;
      fc.assert(
        fc.property(scenario, ({ firstBylines, steps }) => {
          const outcome = play(firstBylines, steps, fourEyesApproval);
          runs++;
          if (outcome.published) publishedRuns++;
          expect(outcome.violation).toBeNull();
        }),
        { numRuns: 3000 },
      );
      // Not vacuous: a fair share of the random histories do get an article published.
      expect(publishedRuns / runs).toBeGreaterThan(0.1);
    });
  }
});
