import { EMPTY_CHECKLIST } from '../checklist/publish-checklist.schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { availableActions } from './available-actions';
import { decideTransition } from './decide';
import { planContentEdit } from './edit';
import { decideEmbargoChange, embargoHolds } from './embargo';
import { decideEntryChange, decideEntryPost, type EntryChange } from './live-blog';
import { can } from '../auth/permissions';
import { UPDATE_ACTIONS, WORKFLOW_ACTIONS, type ArticleState, type UpdateAction, type WorkflowAction } from './states';
import { availableUpdateActions, decideUpdateStep, type UpdateArticle } from './update';
import type { WorkflowActor, WorkflowArticle, WorkflowSettings } from './workflow-types';

const everyone: WorkflowActor[] = [
  { kind: 'staff', id: 'j1', role: 'JOURNALIST' },
  { kind: 'staff', id: 'j2', role: 'JOURNALIST' },
  { kind: 'staff', id: 'e1', role: 'EDITOR' },
  { kind: 'staff', id: 'e2', role: 'EDITOR' },
  { kind: 'staff', id: 'e3', role: 'EDITOR' },
  { kind: 'staff', id: 'e4', role: 'EDITOR' },
  { kind: 'staff', id: 'a1', role: 'ADMIN' },
  { kind: 'staff', id: 'a2', role: 'ADMIN' },
  { kind: 'system' },
];
const staff = everyone.flatMap((actor) => (actor.kind === 'staff' ? [actor] : []));
const staffIds = staff.map((actor) => actor.id);
const deskEditors = staff.filter((actor) => actor.role !== 'JOURNALIST');
const NOW = new Date('2026-11-25T10:00:00Z');

/**
 * A step names its action either outright (any of them, mostly refused) or, to reach deep states often,
 * as a pick among the buttons the desk lets this actor press now. Either way decideTransition decides. A save
 * changes the text, and may change who has a byline (taking the saver's own name off, or putting it on).
 */
type Step =
  | { kind: 'transition'; actor: WorkflowActor; action: WorkflowAction | { pick: number }; withInput: boolean; minutesLater: number; publishIn: number }
  | { kind: 'save'; actor: WorkflowActor; bylines: string[] | null }
  /** Sets or moves the embargo to `in` minutes from now, or lifts it (null). */
  | { kind: 'embargo'; actor: WorkflowActor; in: number | null }
  | { kind: 'update'; actor: WorkflowActor; action: UpdateAction | { pick: number } };

// One or two names, as most pieces carry: larger random sets soon name everyone, and nobody may approve.
const bylines = fc.subarray(staffIds, { minLength: 1, maxLength: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      actor: fc.constantFrom(...everyone),
      action: fc.oneof(fc.constantFrom(...WORKFLOW_ACTIONS), fc.record({ pick: fc.nat() })),
      withInput: fc.boolean(),
      // The clock moves on between steps, so embargoes end and scheduled times come.
      minutesLater: fc.nat(40),
      publishIn: fc.integer({ min: 1, max: 120 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('embargo' as const), actor: fc.constantFrom(...everyone), in: fc.option(fc.integer({ min: -10, max: 120 })) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('save' as const), actor: fc.constantFrom(...everyone), bylines: fc.option(bylines) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      // Mostly the desk's editors, who take update steps (anyone else is refused every one).
      actor: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...everyone) }, { weight: 2, arbitrary: fc.constantFrom(...deskEditors) }),
      // Mostly a button this actor is shown: an update takes a save, a submission and a second reviewer
      // to go live, and random steps must get there often enough to test it.
      action: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...UPDATE_ACTIONS) }, { weight: 3, arbitrary: fc.record({ pick: fc.nat() }) }),
    }),
  },
);
const scenario = fc.record({
  creator: fc.constantFrom(...staff),
  firstBylines: bylines,
  /** An embargo from the start, minutes ahead, or none. */
  embargoIn: fc.option(fc.integer({ min: 1, max: 120 })),
  steps: fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }),
});

function chooseAction(step: Step & { kind: 'transition' }, article: WorkflowArticle, settings: WorkflowSettings) {
  if (typeof step.action === 'string') return step.action;
  // The buttons this actor can press now (a four-eyes block shows a disabled one).
  const shown = availableActions({ actor: step.actor, article, settings }).flatMap((listed) =>
    listed.blockedBecause === null ? [listed.action] : [],
  );
  const choices = shown.length > 0 ? shown : WORKFLOW_ACTIONS;
  return choices[step.action.pick % choices.length]!;
}

function chooseUpdateAction(step: Step & { kind: 'update' }, article: UpdateArticle, settings: WorkflowSettings): UpdateAction {
  if (typeof step.action === 'string') return step.action;
  // Discarding is offered at every update state: picked from the buttons it would end most updates before
  // review, so it comes only from the named actions (as often as any other named step).
  const shown = availableUpdateActions({ actor: step.actor, article, settings }).flatMap((listed) =>
    listed.blockedBecause === null && listed.action !== 'discardUpdate' ? [listed.action] : [],
  );
  const choices = shown.length > 0 ? shown : UPDATE_ACTIONS;
  return choices[step.action.pick % choices.length]!;
}

/**
 * The test's own record of the article's history, kept apart from the facts the rules are given: every
 * accepted save (who saved, whom it credited, whether the article was live) and the first byline.
 */
class History {
  private readonly saves: { by: string; credited: string[]; live: boolean }[] = [];
  constructor(
    private readonly creator: string,
    private readonly firstBylines: string[],
  ) {}
  recordSave(by: string, credited: string[], live: boolean) {
    this.saves.push({ by, credited, live });
  }
  /** Ever held its byline. */
  signed(id: string): boolean {
    return this.firstBylines.includes(id) || this.saves.some((save) => save.credited.includes(id));
  }
  /** Ever held its byline, or wrote in it; corrections to the live text count unless left out. */
  hadAHand(id: string, { countCorrections = true } = {}): boolean {
    return (
      id === this.creator ||
      this.firstBylines.includes(id) ||
      this.saves.some((save) => save.credited.includes(id) || (save.by === id && (countCorrections || !save.live)))
    );
  }
}

type Approval = { byContributor: boolean };

/** The test's own record of the pending update to the live copy: who wrote in it, and whether it was submitted. */
type PendingUpdate = { writers: Set<string>; submitted: boolean };
type Outcome = { violation: string | null; published: boolean; updated?: boolean };

/**
 * Plays the steps through the real rules (a refused step changes nothing) while keeping its own record of
 * the standing approval: set by an approve step, noting whether the approver had a hand in the article
 * at that moment, and voided by any save except one to the live article, which goes into a pending update
 * that must itself be submitted and then published by someone who neither wrote in it nor signed the
 * article (with the rule on). Whenever the article enters PUBLISHED, by any step, that
 * record must show an approval by someone who never wrote in it nor signed it, and whoever put it live
 * (published it, or scheduled it for the scheduler) must not have either.
 */
function play(
  creator: WorkflowActor & { kind: 'staff' },
  firstBylines: string[],
  steps: Step[],
  fourEyesApproval: boolean,
  embargoIn: number | null = null,
): Outcome {
  const settings = { fourEyesApproval, publishChecklist: EMPTY_CHECKLIST };
  const history = new History(creator.id, firstBylines);
  // The facts as the database keeps them (article/workflow-facts.ts): rows added, never removed.
  let article: UpdateArticle = {
    state: 'DRAFT',
    updateState: null,
    updateWriterIds: [],
    bylineUserIds: firstBylines,
    bylineCount: firstBylines.length,
    headline: 'Headline',
    bodyText: 'Body',
    sectionId: 'world',
    slugTaken: false,
    standfirst: '',
    wordCount: 10,
    tagCount: 0,
    sourceCount: 0,
    leadImage: null,
    embargoUntil: embargoIn === null ? null : minutesAfter(NOW, embargoIn),
    contributions: { everBylineUserIds: [...firstBylines], writerUserIds: [creator.id], correctorUserIds: [] },
  };
  let now = NOW;
  let publishAt: Date | null = null;
  let approval: Approval | null = null;
  let pending = null as PendingUpdate | null;
  let updated = false;
  let scheduledByContributor = false;
  let published = false;
  const isContributor = (actor: WorkflowActor) => actor.kind === 'staff' && history.hadAHand(actor.id);

  const enter = (to: ArticleState, how: string, actor: WorkflowActor): string | null => {
    if (to === 'PUBLISHED' && embargoHolds(article.embargoUntil, now)) return `${how} made it visible before its embargo`;
    if (to !== 'PUBLISHED' || article.state === 'PUBLISHED') return null;
    published = true;
    if (!approval) return `${how} published with no standing approval`;
    if (!fourEyesApproval) return null;
    if (approval.byContributor) return `${how} published copy approved by someone who wrote or signed it`;
    if (isContributor(actor)) return `${how} by someone who wrote or signed it`;
    if (how === 'publishScheduled' && scheduledByContributor) return 'published on a schedule set by someone who wrote or signed it';
    return null;
  };
  const union = (ids: string[], more: string[]) => [...new Set([...ids, ...more])];

  for (const s of steps) {
    try {
      if (s.kind === 'embargo') {
        const until = s.in === null ? null : minutesAfter(now, s.in);
        decideEmbargoChange({ actor: s.actor, article: { ...article, publishAt }, until, now });
        article = { ...article, embargoUntil: until };
        if (article.state === 'PUBLISHED' && embargoHolds(until, now)) return { violation: 'an embargo was put on a live article', published };
      } else if (s.kind === 'save') {
        const plan = planContentEdit({ actor: s.actor, article });
        if (s.actor.kind !== 'staff') return { violation: 'the scheduler saved content', published };
        // A change to the live copy waits in the pending update; any other change voids the approval.
        if (plan.makesUpdate) pending = { writers: new Set([...(pending?.writers ?? []), s.actor.id]), submitted: pending?.submitted ?? false };
        else approval = null;
        const violation = enter(plan.nextState, 'a save', s.actor);
        if (violation) return { violation, published };
        const credited = s.bylines ?? article.bylineUserIds;
        history.recordSave(s.actor.id, credited, plan.makesUpdate);
        const { everBylineUserIds, writerUserIds, correctorUserIds } = article.contributions;
        article = {
          ...article,
          state: plan.nextState,
          updateState: plan.updateState,
          updateWriterIds: plan.makesUpdate ? union(article.updateWriterIds, [s.actor.id]) : [],
          bylineUserIds: credited,
          bylineCount: credited.length,
          contributions: {
            everBylineUserIds: union(everBylineUserIds, credited),
            writerUserIds: plan.makesUpdate ? writerUserIds : union(writerUserIds, [s.actor.id]),
            correctorUserIds: plan.makesUpdate ? union(correctorUserIds, [s.actor.id]) : correctorUserIds,
          },
        };
      } else if (s.kind === 'update') {
        const action = chooseUpdateAction(s, article, settings);
        const { to } = decideUpdateStep({ action, actor: s.actor, article, settings, comment: 'Because' });
        if (action === 'submitUpdate' && pending) pending.submitted = true;
        if (action === 'requestUpdateChanges' && pending) pending.submitted = false;
        // The working copy is the live copy again: whatever was written for the update is gone with it.
        if (action === 'discardUpdate') pending = null;
        if (action === 'publishUpdate') {
          // The live copy changes here: reviewed, and (with the rule on) by nobody who wrote or signed the update.
          if (!pending?.submitted) return { violation: 'an update went live without being submitted for review', published };
          if (s.actor.kind !== 'staff') return { violation: 'the scheduler published an update', published };
          const signed = history.signed(s.actor.id);
          if (fourEyesApproval && (pending.writers.has(s.actor.id) || signed)) {
            return { violation: 'an update was published by someone who wrote it or signed the article', published };
          }
          pending = null;
          updated = true;
        }
        article = { ...article, updateState: to, updateWriterIds: to === null ? [] : article.updateWriterIds };
      } else {
        const action = chooseAction(s, article, settings);
        now = minutesAfter(now, s.minutesLater);
        // The scheduler fires at the planned time, not before (its claim reads publishAt <= now).
        if (action === 'publishScheduled' && publishAt && publishAt > now) now = publishAt;
        const plannedAt = minutesAfter(now, s.publishIn);
        const { to } = decideTransition({
          action,
          actor: s.actor,
          article,
          settings,
          input: s.withInput ? { comment: 'Because', publishAt: plannedAt, takedown: { ground: 'SAFETY', notice: null } } : {},
          now,
        });
        if (action === 'schedule' || action === 'reschedule') publishAt = plannedAt;
        if (action === 'approve') approval = { byContributor: isContributor(s.actor) };
        if (action === 'schedule' || action === 'reschedule') scheduledByContributor = isContributor(s.actor);
        const violation = enter(to, action, s.actor);
        if (violation) return { violation, published };
        // Leaving the live state ends the pending update: its text is the working copy, reviewed as a whole.
        if (to !== article.state) pending = null;
        article = { ...article, state: to, ...(to !== article.state && { updateState: null, updateWriterIds: [] }) };
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { violation: null, published, updated };
}

describe('nothing reaches readers without review', () => {
  for (const fourEyesApproval of [true, false]) {
    const rule = fourEyesApproval
      ? 'publishes only copy approved, unchanged since, by someone who never wrote in it nor held its byline, never before its embargo'
      : 'with the four-eyes rule off, still publishes only copy approved and unchanged since, never before its embargo';
    it(rule, () => {
      let runs = 0;
      let publishedRuns = 0;
      let updatedRuns = 0;
      fc.assert(
        fc.property(scenario, ({ creator, firstBylines, steps, embargoIn }) => {
          const outcome = play(creator, firstBylines, steps, fourEyesApproval, embargoIn);
          runs++;
          if (outcome.published) publishedRuns++;
          if (outcome.updated) updatedRuns++;
          expect(outcome.violation).toBeNull();
        }),
        { numRuns: 3000 },
      );
      // Not vacuous: a fair share of the random histories do get an article published.
      expect(publishedRuns / runs).toBeGreaterThan(0.05);
      // …and some publish a pending update (rarer: it takes a live article, a save, a submission and a reviewer).
      expect(updatedRuns).toBeGreaterThan(5);
    }, 60_000);
  }
});

function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/**
 * Live-blog entries: random posts and changes by anyone, on a blog that goes live and comes down. An entry
 * readers see (shown while the blog is live) was either posted by someone the permission table lets post
 * at once (`liveBlog.postLive`), or approved by someone who did not write it; nothing changes a locked blog.
 */
type EntryStep =
  | { kind: 'post'; actor: WorkflowActor }
  | { kind: 'change'; actor: WorkflowActor; entry: number; change: EntryChange }
  | { kind: 'state'; state: ArticleState };
const entryStep: fc.Arbitrary<EntryStep> = fc.oneof(
  fc.record({ kind: fc.constant('post' as const), actor: fc.constantFrom(...everyone) }),
  fc.record({
    kind: fc.constant('change' as const),
    actor: fc.constantFrom(...everyone),
    entry: fc.nat(20),
    change: fc.constantFrom<EntryChange>('edit', 'remove', 'pin', 'approve', 'reject'),
  }),
  fc.record({ kind: fc.constant('state' as const), state: fc.constantFrom<ArticleState>('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'PUBLISHED', 'UNPUBLISHED', 'TAKEN_DOWN') }),
);

describe('live-blog entries reach readers only through the permission table or another person\'s approval', () => {
  for (const fourEyesApproval of [true, false]) {
    it(`four-eyes rule ${fourEyesApproval ? 'on' : 'off'}`, () => {
      let shown = 0;
      fc.assert(
        fc.property(bylines, fc.array(entryStep, { minLength: 5, maxLength: 60 }), (blogBylines, steps) => {
          let state: ArticleState = 'DRAFT';
          const entries: { authorId: string; status: 'PENDING' | 'POSTED' | 'REMOVED'; vouched: boolean }[] = [];
          for (const s of steps) {
            const article = { state, isLiveBlog: true, bylineUserIds: blogBylines };
            try {
              if (s.kind === 'state') {
                state = s.state;
              } else if (s.kind === 'post') {
                const { status } = decideEntryPost({ actor: s.actor, article });
                if (s.actor.kind !== 'staff') throw new Error('the scheduler posted');
                // Before the blog is live an entry is part of the copy the blog's approval covers.
                entries.push({ authorId: s.actor.id, status, vouched: state !== 'PUBLISHED' || can(s.actor.role, 'liveBlog.postLive') });
              } else {
                const entry = entries[s.entry % Math.max(entries.length, 1)];
                if (!entry) continue;
                const before = entry.status;
                decideEntryChange({ actor: s.actor, article, entry, change: s.change, settings: { fourEyesApproval } });
                expect(['ARCHIVED', 'TAKEN_DOWN']).not.toContain(state);
                if (s.change === 'approve') {
                  expect(before).toBe('PENDING');
                  if (fourEyesApproval) expect(s.actor.kind === 'staff' && s.actor.id).not.toBe(entry.authorId);
                  entry.status = 'POSTED';
                  entry.vouched = true;
                }
                if (s.change === 'remove' || s.change === 'reject') entry.status = 'REMOVED';
              }
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
            }
            if (state === 'PUBLISHED') {
              for (const entry of entries.filter((e) => e.status === 'POSTED')) {
                shown++;
                expect(entry.vouched).toBe(true);
              }
            }
          }
        }),
        { numRuns: 1500 },
      );
      expect(shown).toBeGreaterThan(100);
    }, 60_000);
  }
});
