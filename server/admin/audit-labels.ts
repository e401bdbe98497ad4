import { ROLE_LABELS, type Role } from '../auth/permissions';
import { CHECKLIST_ITEM_LABELS } from '../checklist/publish-checklist.schema';
import { ACTION_LABELS, STATE_LABELS, type ArticleState } from '../workflow/states';

/**
 * THE label table of the audit log and the article timeline: what each recorded action and each changed
 * field is called for people. The machine names stay in the database (and in the log's filter).
 */
export const AUDIT_ACTION_LABELS = {
  'section.created': 'Created section',
  'section.updated': 'Edited section',
  'section.reordered': 'Reordered sections',
  'section.archived': 'Archived section',
  'section.unarchived': 'Unarchived section',
  'section.deleted': 'Deleted section',
  'staff.invited': 'Added staff member',
  'staff.role_changed': 'Changed role',
  'staff.deactivated': 'Deactivated account',
  'staff.reactivated': 'Reactivated account',
  'staff.reset_link_created': 'Made a set-password link',
  'staff.password_set': 'Set their password',
  'staff.profile_updated': 'Updated their profile',
  'staff.sessions_ended': 'Signed them out everywhere',
  'staff.created_by_sso': 'Joined through single sign-on',
  'settings.sso_accounts_changed': 'Changed who single sign-on lets in',
  'staff.password_changed': 'Changed their password',
  'staff.two_factor_enabled': 'Turned on two-factor sign-in',
  'staff.two_factor_disabled': 'Turned off two-factor sign-in',
  'staff.two_factor_reset': 'Reset two-factor sign-in',
  'staff.recovery_code_used': 'Signed in with a recovery code',
  'settings.updated': 'Changed settings',
  'settings.checklist_changed': 'Changed the pre-publish checklist',
  'api_key.created': 'Created an API key',
  'api_key.revoked': 'Revoked an API key',
  'webhook.created': 'Registered a webhook',
  'webhook.enabled': 'Enabled a webhook',
  'webhook.disabled': 'Disabled a webhook',
  'webhook.deleted': 'Deleted a webhook',
  'webhook.redelivered': 'Redelivered a webhook event',
  'article.takeDown': 'Took an article down',
  'article.reinstate': 'Undid a takedown',
  'media.updated': 'Edited an image in the library',
  'front.saved': 'Arranged a front',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** Article events that are not workflow steps (the steps are named by the workflow's ACTION_LABELS). */
export const ARTICLE_EVENT_LABELS: Record<string, string> = {
  create: 'Started the article',
  // Before updates were reviewed, a live edit went live at once; older timelines keep these.
  correct: 'Corrected the live article',
  startUpdate: 'Started an update to the live article',
  submitUpdate: 'Submitted the update for review',
  requestUpdateChanges: 'Sent the update back',
  discardUpdate: 'Discarded the update',
  publishUpdate: 'Approved and published the update',
  removeNote: 'Removed a public note',
  changeSlug: 'Changed the address',
  bylineChange: 'Changed the byline',
  returnToReview: 'Edited after approval',
  seed: 'Imported',
  comment: 'Commented',
  resolveComment: 'Resolved a comment',
  reopenComment: 'Reopened a comment',
  restoreRevision: 'Restored an earlier revision',
  createPreviewLink: 'Made a preview link',
  revokePreviewLink: 'Revoked a preview link',
  revokeAllPreviewLinks: 'Revoked all preview links',
  embargoSet: 'Set an embargo',
  embargoMoved: 'Moved the embargo',
  embargoLifted: 'Lifted the embargo',
  liveBlogStarted: 'Made it a live blog',
  liveBlogEnded: 'Made it an ordinary article again',
  liveBlogEntryPosted: 'Posted a live entry',
  liveBlogEntryQueued: 'Sent a live entry for review',
  liveBlogEntryApproved: 'Approved a live entry',
  liveBlogEntryRejected: 'Rejected a live entry',
  liveBlogEntryEdited: 'Edited a live entry',
  liveBlogEntryRemoved: 'Removed a live entry',
  liveBlogEntryPinned: 'Pinned a key event',
  liveBlogEntryUnpinned: 'Unpinned a key event',
};

/** Field names in the before/after of audit entries. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  slug: 'Slug',
  description: 'Description',
  position: 'Position',
  order: 'Order',
  email: 'Email',
  role: 'Role',
  active: 'Active',
  state: 'State',
  timeZone: 'Time zone',
  fourEyesApproval: 'Four-eyes rule',
  twoFactorRoles: 'Two-factor sign-in required for',
  ssoCreatesAccounts: 'Single sign-on creates accounts',
  sessionsEnded: 'Sessions ended',
  expiresAt: 'Expires',
  linkExpiresAt: 'Link expires',
  archivedAt: 'Archived',
  apiAnonymousAccess: 'Content API without a key',
  scopes: 'Scopes',
  rateLimitPerMinute: 'Requests per minute',
  url: 'Address',
  events: 'Events',
  ground: 'Ground',
  notice: 'Public notice',
  reason: 'Reason',
  caption: 'Caption',
  credit: 'Credit',
  copyright: 'Copyright',
  keywords: 'Keywords',
  rightsEndAt: 'Usage rights end',
  focalX: 'Focal point (across)',
  focalY: 'Focal point (down)',
  cropOverrides: 'Crops',
  ...CHECKLIST_ITEM_LABELS,
};

/** What an action is called: admin actions, workflow steps and other article events, else its own name. */
export function auditActionLabel(action: string): string {
  return (
    (AUDIT_ACTION_LABELS as Record<string, string>)[action] ??
    (ACTION_LABELS as Record<string, string>)[action] ??
    ARTICLE_EVENT_LABELS[action] ??
    action
  );
}

/** "fourEyesApproval" → "Four-eyes rule"; an unknown field reads as words ("createdBy" → "Created by"). */
export function auditFieldLabel(field: string): string {
  const known = AUDIT_FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A recorded value as people read it: roles and states by their labels, yes/no for switches. */
export function auditValueLabel(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') {
    if (value in ROLE_LABELS) return ROLE_LABELS[value as Role];
    if (value in STATE_LABELS) return STATE_LABELS[value as ArticleState];
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map(auditValueLabel).join(', ') || '—';
  if (typeof value === 'object' && 'level' in value) {
    const item = value as { level: string; min?: number | null; max?: number | null };
    const range = item.min != null || item.max != null ? ` (${item.min ?? '…'}–${item.max ?? '…'})` : '';
    return `${item.level}${range}`;
  }
  return JSON.stringify(value);
}
