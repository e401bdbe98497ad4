import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { articleWhereForActor } from '../article/article-scope';
import { staffBylineIds } from '../article/workflow-facts';
import { AppError } from '../errors';
import { cacheTags } from '../site/cache-tags';
import type { LiveBlogArticle } from '../workflow/live-blog';

/**
 * The first step of every entry write, inside its transaction: a share lock on the article row (a
 * takedown, unpublish or archive waits for the entry to be written, and the entry sees the state it is
 * decided on), read within the actor's scope. Entries do not move the article's version: posting to a
 * blog must not conflict with the editor saving its introduction.
 */
export async function lockLiveBlog(tx: Tx, { actor, articleId }: { actor: Actor; articleId: string }) {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId}::uuid FOR SHARE`;
  const article = await tx.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: { id: true, slug: true, headline: true, state: true, isLiveBlog: true, bylines: { select: { userId: true } } },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const rules: LiveBlogArticle = { state: article.state, isLiveBlog: article.isLiveBlog, bylineUserIds: staffBylineIds(article.bylines) };
  return { ...article, rules };
}

/**
 * The public cache tags an entry change touches: the blog's page, its entries' poll and feed (all under the
 * article's tag), while readers can see it; nothing otherwise. Read from the locked row, so the state holds.
 */
export function tagsTouchedByEntry(article: { slug: string; state: string }): string[] {
  return article.state === 'PUBLISHED' ? [cacheTags.article(article.slug)] : [];
}
