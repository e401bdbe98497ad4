import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';
import { mayRevokePreviewLink } from './preview-link-rules';

/**
 * Revokes, at once, every active link on the article that this actor may revoke (for editors and the
 * article's authors: all of them; for anyone else: their own), logged as one timeline event.
 */
export async function revokeAllPreviewLinks(db: Db, { actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
      select: { bylines: { select: { userId: true } }, previewLinks: { where: { revokedAt: null, expiresAt: { gt: now } }, select: { id: true, createdById: true } } },
    });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
    const bylineUserIds = article.bylines.map((byline) => byline.userId);
    const linkIds = article.previewLinks.filter((link) => mayRevokePreviewLink(actor, { createdById: link.createdById, bylineUserIds })).map((link) => link.id);
    if (linkIds.length === 0) return { revoked: 0 };
    const { count } = await tx.previewLink.updateMany({ where: { id: { in: linkIds }, revokedAt: null }, data: { revokedAt: now, revokedById: actor.id } });
    if (count > 0) await tx.articleEvent.create({ data: { articleId, actorId: actor.id, action: 'revokeAllPreviewLinks', data: { linkIds } } });
    return { revoked: count };
  });
}
