/**
 * THE webhook event types: what a receiver can subscribe to. Every event is recorded with
 * recordWebhookEvent (record-webhook-event.ts) in the transaction of the change it reports.
 * `article.taken_down` is the workflow's takeDown step (from live or unpublished); `article.corrected` a
 * published update carrying a correction note.
 */
export const WEBHOOK_EVENT_TYPES = {
  'article.published': 'An article went live (by a person or the scheduler), or went live again',
  'article.updated': 'A live article was changed',
  'article.corrected': 'A correction note was added to a live article',
  'article.unpublished': 'A live article was taken off the site (by a person or its take-down time)',
  'article.taken_down': 'A live article was removed for legal or editorial reasons',
  'section.created': 'A section was created',
  'section.updated': 'A section was renamed, moved, archived or brought back',
  'section.deleted': 'A section was deleted',
} as const;
export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;
export const WEBHOOK_EVENT_TYPE_LIST = Object.keys(WEBHOOK_EVENT_TYPES) as [WebhookEventType, ...WebhookEventType[]];

/** What an event is about: deliveries of one subject to one receiver go out in order of occurrence. */
export type WebhookSubject = { kind: 'article'; id: string } | { kind: 'section'; id: string };

export function subjectKey(subject: WebhookSubject): string {
  return `${subject.kind}:${subject.id}`;
}

/** The workflow step's webhook event, if the step changed what is live. */
export function eventOfTransition(from: string, to: string): WebhookEventType | null {
  if (to === 'TAKEN_DOWN') return 'article.taken_down';
  if (to === 'PUBLISHED' && from !== 'PUBLISHED') return 'article.published';
  if (from === 'PUBLISHED' && to !== 'PUBLISHED') return 'article.unpublished';
  return null;
}
