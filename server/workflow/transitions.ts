import type { Permission } from '../auth/permissions';
import type { ArticleState, UpdateAction, UpdateState, WorkflowAction } from './states';

/**
 * THE state machine: from each state, the actions that leave it and where they lead. Nothing else in the
 * codebase compares workflow states to decide what may happen.
 */
export const TRANSITIONS = {
  DRAFT: { submit: 'IN_REVIEW', archive: 'ARCHIVED' },
  IN_REVIEW: { requestChanges: 'CHANGES_REQUESTED', approve: 'APPROVED' },
  CHANGES_REQUESTED: { submit: 'IN_REVIEW', archive: 'ARCHIVED' },
  APPROVED: { schedule: 'SCHEDULED', publish: 'PUBLISHED', archive: 'ARCHIVED' },
  SCHEDULED: { reschedule: 'SCHEDULED', unschedule: 'APPROVED', publishScheduled: 'PUBLISHED', holdScheduled: 'APPROVED' },
  PUBLISHED: { unpublish: 'UNPUBLISHED', unpublishExpired: 'UNPUBLISHED', takeDown: 'TAKEN_DOWN' },
  UNPUBLISHED: { republish: 'PUBLISHED', archive: 'ARCHIVED', takeDown: 'TAKEN_DOWN' },
  ARCHIVED: { restore: 'DRAFT' },
  // Undone only to UNPUBLISHED: going live again is an ordinary, reviewed republish.
  TAKEN_DOWN: { reinstate: 'UNPUBLISHED' },
} as const satisfies Record<ArticleState, Partial<Record<WorkflowAction, ArticleState>>>;

/** Who may take an action: staff with a permission (authors may use the "own" one), or only the system. */
export type ActionAuthority =
  | { kind: 'staff'; permission: Permission; ownPermission?: Permission }
  | { kind: 'system' };

export type ActionRule = {
  authority: ActionAuthority;
  /** The article must pass the publication preconditions first. */
  checksPreconditions: boolean;
  /** The newsroom's required checklist items are preconditions too (settings; see workflow/checklist.ts). */
  checksChecklist?: boolean;
  /** A non-blank comment ('comment') or reason ('reason') must come with it. */
  requiresText?: 'comment' | 'reason';
  /** A publish time in the future must come with it (and may come with a later take-down time). */
  requiresPublishAt?: boolean;
  /** It puts the article before readers now: refused while an embargo holds (workflow/embargo.ts). */
  goesLiveNow?: boolean;
  /** A takedown's ground (legal or safety) must come with it. */
  requiresTakedown?: boolean;
  /**
   * The four-eyes rule applies: nobody who holds or held a byline on the article or wrote in it may take
   * it (unless the setting is off); the verb completes "another editor must … it".
   */
  fourEyes?: string;
};

export const ACTION_RULES = {
  submit: {
    authority: { kind: 'staff', permission: 'article.submitAny', ownPermission: 'article.submitOwn' },
    checksPreconditions: true,
  },
  requestChanges: {
    authority: { kind: 'staff', permission: 'article.review' },
    checksPreconditions: false,
    requiresText: 'comment',
  },
  approve: { authority: { kind: 'staff', permission: 'article.review' }, checksPreconditions: true, checksChecklist: true, fourEyes: 'approve' },
  // Scheduling and publishing put the approved copy before readers: the second pair of eyes again.
  schedule: {
    authority: { kind: 'staff', permission: 'article.publish' },
    checksPreconditions: true,
    checksChecklist: true,
    requiresPublishAt: true,
    fourEyes: 'schedule',
  },
  // Moving a scheduled article (the calendar does it) re-checks it as scheduling did.
  reschedule: {
    authority: { kind: 'staff', permission: 'article.publish' },
    checksPreconditions: true,
    checksChecklist: true,
    requiresPublishAt: true,
    fourEyes: 'reschedule',
  },
  unschedule: { authority: { kind: 'staff', permission: 'article.publish' }, checksPreconditions: false },
  publish: { authority: { kind: 'staff', permission: 'article.publish' }, checksPreconditions: true, checksChecklist: true, fourEyes: 'publish', goesLiveNow: true },
  unpublish: {
    authority: { kind: 'staff', permission: 'article.publish' },
    checksPreconditions: false,
    requiresText: 'reason',
  },
  republish: { authority: { kind: 'staff', permission: 'article.publish' }, checksPreconditions: true, checksChecklist: true, fourEyes: 'republish', goesLiveNow: true },
  archive: { authority: { kind: 'staff', permission: 'article.archive' }, checksPreconditions: false },
  restore: { authority: { kind: 'staff', permission: 'article.archive' }, checksPreconditions: false },
  // Checked again when the scheduler fires, on purpose: the last gate before readers see the article
  // (the checklist may have changed since it was scheduled; one that fails is held, never silently live).
  publishScheduled: { authority: { kind: 'system' }, checksPreconditions: true, checksChecklist: true, goesLiveNow: true },
  // A due article that no longer qualifies goes back to APPROVED (once, logged, editors told) instead of
  // being retried and refused on every tick.
  holdScheduled: { authority: { kind: 'system' }, checksPreconditions: false },
  unpublishExpired: { authority: { kind: 'system' }, checksPreconditions: false },
  // Legal or safety: beyond unpublishing, the content is locked and the address answers 451 or 410.
  takeDown: {
    authority: { kind: 'staff', permission: 'article.takeDown' },
    checksPreconditions: false,
    requiresText: 'reason',
    requiresTakedown: true,
  },
  reinstate: { authority: { kind: 'staff', permission: 'article.reinstate' }, checksPreconditions: false, requiresText: 'reason' },
} as const satisfies Record<WorkflowAction, ActionRule>;

export function targetState(from: ArticleState, action: WorkflowAction): ArticleState | undefined {
  const exits: Partial<Record<WorkflowAction, ArticleState>> = TRANSITIONS[from];
  return exits[action];
}

/**
 * The pending update's steps, beside the article's own (the article stays PUBLISHED throughout): from each
 * update state, where each step leads; null means none is pending any more (published, or discarded). A save to the
 * live article starts one in DRAFTING (workflow/edit.ts).
 */
export const UPDATE_TRANSITIONS = {
  DRAFTING: { submitUpdate: 'IN_REVIEW', discardUpdate: null },
  IN_REVIEW: { requestUpdateChanges: 'CHANGES_REQUESTED', publishUpdate: null, discardUpdate: null },
  CHANGES_REQUESTED: { submitUpdate: 'IN_REVIEW', discardUpdate: null },
} as const satisfies Record<UpdateState, Partial<Record<UpdateAction, UpdateState | null>>>;

export const UPDATE_ACTION_RULES = {
  submitUpdate: { authority: { kind: 'staff', permission: 'article.submitAny' }, checksPreconditions: true },
  requestUpdateChanges: { authority: { kind: 'staff', permission: 'article.review' }, checksPreconditions: false, requiresText: 'comment' },
  // Readers see it next: the second pair of eyes, who neither signed the article nor wrote this update.
  publishUpdate: { authority: { kind: 'staff', permission: 'article.publish' }, checksPreconditions: true, checksChecklist: true, fourEyes: 'publish' },
  // The working copy goes back to the live copy (discard-update.ts): a desk decision, with its reason logged.
  discardUpdate: { authority: { kind: 'staff', permission: 'article.review' }, checksPreconditions: false, requiresText: 'comment' },
} as const satisfies Record<UpdateAction, ActionRule>;

/** Where an update step leads from the update's state: a state, null (published), or undefined (not from here). */
export function updateTargetState(from: UpdateState, action: UpdateAction): UpdateState | null | undefined {
  const exits: Partial<Record<UpdateAction, UpdateState | null>> = UPDATE_TRANSITIONS[from];
  return exits[action];
}
