import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';

/** Who may revoke a preview link: whoever made it, the article's byline authors, and editors. */
export function mayRevokePreviewLink(actor: Actor, link: { createdById: string; bylineUserIds: readonly (string | null)[] }): boolean {
  return link.createdById === actor.id || link.bylineUserIds.includes(actor.id) || can(actor.role, 'article.editAny');
}

export type PreviewLinkStatus = 'active' | 'expired' | 'revoked';

export function previewLinkStatus(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): PreviewLinkStatus {
  if (link.revokedAt) return 'revoked';
  return link.expiresAt > now ? 'active' : 'expired';
}
