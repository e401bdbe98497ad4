import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';

/**
 * THE rule for the comment thread: editors and the article's byline authors. It covers every editorial
 * text about the article (comments, request-changes notes, unpublish reasons), wherever they are shown.
 */
export function mayReadComments(actor: Actor, bylineUserIds: readonly (string | null)[]): boolean {
  return bylineUserIds.includes(actor.id) || can(actor.role, 'article.review');
}

/** Refuses, with the reason, an actor who may not read or write this article's thread. */
export async function assertCanComment(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: { bylines: { select: { userId: true } } },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  if (!mayReadComments(actor, article.bylines.map((byline) => byline.userId))) {
    throw new AppError('FORBIDDEN', 'Only editors and the article’s authors can take part in its comments.');
  }
}
