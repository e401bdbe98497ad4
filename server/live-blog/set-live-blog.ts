import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { lockArticleForWrite } from '../article/lock-article';
import { cacheTags } from '../site/cache-tags';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { LOCKED_BECAUSE } from '../workflow/edit';

/**
 * Makes an article a live blog, or an ordinary article again (its entries are kept, and shown again if it
 * goes back), an editor's act on the locked, version-checked row with its ArticleEvent.
 */
export async function setLiveBlog({
  db,
  actor,
  articleId,
  expectedVersion,
  isLiveBlog,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  isLiveBlog: boolean;
  revalidate: RevalidatePublicPages;
}) {
  if (!can(actor.role, 'liveBlog.moderate')) throw new AppError('FORBIDDEN', 'Only editors can make an article a live blog.');
  const { updated, tags } = await db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    const locked = LOCKED_BECAUSE[article.state];
    if (locked) throw new AppError('CONFLICT', locked);
    const updated = await tx.article.update({
      where: { id: article.id, version: article.version },
      data: { isLiveBlog, version: { increment: 1 }, lastModifiedById: actor.id },
      select: { id: true, version: true, isLiveBlog: true },
    });
    await tx.articleEvent.create({ data: { articleId, actorId: actor.id, action: isLiveBlog ? 'liveBlogStarted' : 'liveBlogEnded' } });
    return { updated, tags: article.state === 'PUBLISHED' ? [cacheTags.article(article.slug)] : [] };
  });
  await revalidate(tags);
  return updated;
}
