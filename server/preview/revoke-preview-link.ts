import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';
import { mayRevokePreviewLink } from './preview-link-rules';

/** Revokes one link (the maker, the article's authors, editors), logged in the timeline. Revoking twice is a no-op. */
export async function revokePreviewLink(db: Db, { actor, linkId, now = new Date() }: { actor: Actor; linkId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const link = await tx.previewLink.findFirst({
      // Scoped through the article, so a link on an article the actor cannot see is "not found", not "forbidden".
      where: { id: linkId, article: articleWhereForActor(actor) },
      select: { articleId: true, createdById: true, article: { select: { bylines: { select: { userId: true } } } } },
    });
    if (!link) throw new AppError('NOT_FOUND', 'This preview link does not exist, or you cannot see it.');
    const bylineUserIds = link.article.bylines.map((byline) => byline.userId);
    if (!mayRevokePreviewLink(actor, { createdById: link.createdById, bylineUserIds })) {
      throw new AppError('FORBIDDEN', 'Only whoever made this link, the article’s authors and editors can revoke it.');
    }
    const { count } = await tx.previewLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: now, revokedById: actor.id } });
    if (count === 1) {
      await tx.articleEvent.create({ data: { articleId: link.articleId, actorId: actor.id, action: 'revokePreviewLink', data: { linkIds: [linkId] } } });
    }
    return { revoked: count };
  });
}
