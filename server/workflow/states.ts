/** The article's workflow states and the actions that move it between them. */
export const ARTICLE_STATES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'UNPUBLISHED',
  'ARCHIVED',
  'TAKEN_DOWN',
] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const WORKFLOW_ACTIONS = [
  'submit',
  'requestChanges',
  'approve',
  'schedule',
  'reschedule',
  'unschedule',
  'publish',
  'unpublish',
  'republish',
  'archive',
  'restore',
  'publishScheduled',
  'holdScheduled',
  'unpublishExpired',
  'takeDown',
  'reinstate',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const STATE_LABELS: Record<ArticleState, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
  ARCHIVED: 'Archived',
  TAKEN_DOWN: 'Taken down',
};

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  requestChanges: 'Request changes',
  approve: 'Approve',
  schedule: 'Schedule',
  reschedule: 'Reschedule',
  unschedule: 'Unschedule',
  publish: 'Publish now',
  unpublish: 'Unpublish',
  republish: 'Republish',
  archive: 'Archive',
  restore: 'Restore to draft',
  publishScheduled: 'Publish as scheduled',
  holdScheduled: 'Hold: not ready at its publish time',
  unpublishExpired: 'Unpublish at expiry',
  takeDown: 'Take down',
  reinstate: 'Undo takedown',
};

/** How messages name a state: "This article is {phrase}, so …" reads as a sentence for every state. */
export const STATE_PHRASES: Record<ArticleState, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  CHANGES_REQUESTED: 'sent back for changes',
  APPROVED: 'approved',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
  ARCHIVED: 'archived',
  TAKEN_DOWN: 'taken down',
};

/** How messages name an action: "Your role cannot {may}", "… so it can't be {done}". */
export const ACTION_PHRASES: Record<WorkflowAction, { may: string; done: string }> = {
  submit: { may: 'submit articles for review', done: 'submitted for review' },
  requestChanges: { may: 'request changes', done: 'sent back for changes' },
  approve: { may: 'approve articles', done: 'approved' },
  schedule: { may: 'schedule articles', done: 'scheduled' },
  reschedule: { may: 'reschedule articles', done: 'rescheduled' },
  unschedule: { may: 'unschedule articles', done: 'unscheduled' },
  publish: { may: 'publish articles', done: 'published now' },
  unpublish: { may: 'unpublish articles', done: 'unpublished' },
  republish: { may: 'republish articles', done: 'republished' },
  archive: { may: 'archive articles', done: 'archived' },
  restore: { may: 'restore archived articles', done: 'restored' },
  publishScheduled: { may: 'publish scheduled articles', done: 'published by the scheduler' },
  holdScheduled: { may: 'hold scheduled articles', done: 'held by the scheduler' },
  unpublishExpired: { may: 'unpublish expired articles', done: 'unpublished by the scheduler' },
  takeDown: { may: 'take articles down', done: 'taken down' },
  reinstate: { may: 'undo takedowns', done: 'reinstated' },
};

/**
 * A pending update to a live article: the working copy changed after it went live, and readers keep the
 * approved live copy until the update is reviewed and published (transitions.ts, UPDATE_TRANSITIONS).
 */
export const UPDATE_STATES = ['DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const UPDATE_ACTIONS = ['submitUpdate', 'requestUpdateChanges', 'publishUpdate', 'discardUpdate'] as const;
export type UpdateAction = (typeof UPDATE_ACTIONS)[number];

export const UPDATE_STATE_LABELS: Record<UpdateState, string> = {
  DRAFTING: 'Update in progress',
  IN_REVIEW: 'Update in review',
  CHANGES_REQUESTED: 'Update sent back',
};

export const UPDATE_ACTION_LABELS: Record<UpdateAction, string> = {
  submitUpdate: 'Submit update for review',
  requestUpdateChanges: 'Send update back',
  publishUpdate: 'Approve and publish update',
  discardUpdate: 'Discard update',
};

export const UPDATE_ACTION_PHRASES: Record<UpdateAction, { may: string; done: string }> = {
  submitUpdate: { may: 'submit updates for review', done: 'submitted for review' },
  requestUpdateChanges: { may: 'send updates back', done: 'sent back' },
  publishUpdate: { may: 'publish updates', done: 'published' },
  discardUpdate: { may: 'discard updates', done: 'discarded' },
};

export const UPDATE_STATE_PHRASES: Record<UpdateState | 'NONE', string> = {
  NONE: 'This article has no pending update',
  DRAFTING: 'This update is still being written',
  IN_REVIEW: 'This update is in review',
  CHANGES_REQUESTED: 'This update was sent back for changes',
};
