import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';
import { mayRevokePreviewLink, previewLinkStatus } from './preview-link-rules';

/** The article's preview links, newest first, for anyone who may read the article. */
export async function listPreviewLinks(db: DbOrTx, { actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }) {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: {
      bylines: { select: { userId: true } },
      previewLinks: {
        orderBy: { createdAt: 'desc' },
        include: { createdBy: { select: { name: true } }, revokedBy: { select: { name: true } } },
      },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const bylineUserIds = article.bylines.map((byline) => byline.userId);
  return article.previewLinks.map((link) => {
    const status = previewLinkStatus(link, now);
    return {
      id: link.id,
      createdByName: link.createdBy.name,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      revokedAt: link.revokedAt,
      revokedByName: link.revokedAt ? (link.revokedBy?.name ?? 'Former staff member') : null,
      status,
      canRevoke: status === 'active' && mayRevokePreviewLink(actor, { createdById: link.createdById, bylineUserIds }),
    };
  });
}
