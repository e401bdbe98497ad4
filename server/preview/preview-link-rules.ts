import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { embargoHolds } from '../workflow/embargo';
import type { ArticleState } from '../workflow/states';

/** Who may revoke a preview link: whoever made it, the article's byline authors, and editors. */
export function mayRevokePreviewLink(actor: Actor, link: { createdById: string; bylineUserIds: readonly (string | null)[] }): boolean {
  return link.createdById === actor.id || link.bylineUserIds.includes(actor.id) || can(actor.role, 'article.editAny');
}

export type PreviewLinkStatus = 'active' | 'expired' | 'revoked';

export function previewLinkStatus(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): PreviewLinkStatus {
  if (link.revokedAt) return 'revoked';
  return link.expiresAt > now ? 'active' : 'expired';
}

/**
 * Why no preview link may show the article now, or null. Archived copy is out of the desk's hands; a
 * taken-down article is locked against previews; an embargoed one must not be seen outside the desk.
 */
export function previewBlockedBecause(article: { state: ArticleState; embargoUntil: Date | null }, now: Date): 'archived' | 'takenDown' | 'embargoed' | null {
  if (article.state === 'ARCHIVED') return 'archived';
  if (article.state === 'TAKEN_DOWN') return 'takenDown';
  return embargoHolds(article.embargoUntil, now) ? 'embargoed' : null;
}

/** The desk's sentence for a refused preview link. */
export const PREVIEW_BLOCKED_MESSAGES = {
  archived: 'An archived article cannot be previewed. Restore it first.',
  takenDown: 'A taken-down article cannot be previewed.',
  embargoed: 'An embargoed article cannot be previewed through a link until its embargo ends.',
} as const;
