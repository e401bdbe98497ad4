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
