import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';

/** The comment thread is for editors and the article's byline authors. */
export async function assertCanComment(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: { bylines: { select: { userId: true } } },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const isAuthor = article.bylines.some((byline) => byline.userId === actor.id);
  if (!isAuthor && !can(actor.role, 'article.review')) {
    throw new AppError('FORBIDDEN', 'Only editors and the article’s authors can take part in its comments.');
  }
}
