/**
 * THE permission table: what each staff role may do. Server procedures and the desk's `can()` both read
 * it, so a button the UI shows is exactly a call the server accepts (the server checks again regardless).
 * Rules that depend on the article (byline authorship, its state, four-eyes) live in server/workflow/.
 */
export const ROLES = ['JOURNALIST', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'desk.use': 'Sign in to the desk and read its articles',
  'article.create': 'Start new articles',
  'article.editOwn': 'Edit articles they have a byline on, while in draft or sent back',
  'article.editAny': 'Edit any article in any state, including corrections to live articles',
  'article.submitOwn': 'Send articles they have a byline on for review',
  'article.submitAny': 'Send any article for review',
  'article.review': 'Request changes on, and approve, articles in review',
  'article.publish': 'Schedule, unschedule, publish, unpublish and republish approved articles',
  'article.archive': 'Archive articles',
  'article.embargo': 'Set, move and lift embargoes (no publication, schedule or preview link before them)',
  'article.takeDown': 'Take a live or withdrawn article down for legal or safety reasons, with an optional public notice',
  'article.reinstate': 'Undo a takedown (the article comes back unpublished)',
  'liveBlog.post': 'Post entries to live blogs they have a byline on; once the blog is live, an editor approves them first',
  'liveBlog.postLive': 'Post entries to any live blog, shown at once when it is live',
  'liveBlog.moderate': 'Make articles live blogs; approve or reject waiting entries; pin, edit and remove any entry',
  'article.changeSlug': 'Change a published article’s address (the old one redirects), with a reason',
  'article.removeNote': 'Remove a public correction or other note from an article, with a reason',
  'tag.create': 'Create new tags',
  'front.arrange': 'Arrange the home page and section pages: choose, pin and retitle their stories, set their blocks',
  'section.manage': 'Create, rename, reorder and archive sections',
  'staff.manage': 'Invite staff, change roles, deactivate and reactivate accounts',
  'settings.manage': 'Change newsroom settings (name, time zone, four-eyes rule)',
  'audit.read': 'Read the audit log',
  'distribution.manage': 'Manage content API keys and webhooks, and see webhook deliveries',
} as const;
export type Permission = keyof typeof PERMISSIONS;

const journalist = [
  'desk.use',
  'article.create',
  'article.editOwn',
  'article.submitOwn',
  'liveBlog.post',
] as const satisfies readonly Permission[];

const editor = [
  ...journalist,
  'article.editAny',
  'article.submitAny',
  'article.review',
  'article.publish',
  'article.embargo',
  'article.takeDown',
  'liveBlog.postLive',
  'liveBlog.moderate',
  'article.changeSlug',
  'article.removeNote',
  'tag.create',
  'front.arrange',
] as const satisfies readonly Permission[];

const admin = [
  ...editor,
  'article.archive',
  'article.reinstate',
  'section.manage',
  'staff.manage',
  'settings.manage',
  'audit.read',
  'distribution.manage',
] as const satisfies readonly Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  JOURNALIST: journalist,
  EDITOR: editor,
  ADMIN: admin,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export const ROLE_LABELS: Record<Role, string> = {
  JOURNALIST: 'Journalist',
  EDITOR: 'Editor',
  ADMIN: 'Admin',
};
