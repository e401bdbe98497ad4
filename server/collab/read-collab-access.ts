import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { articleWhereForActor } from '../article/article-scope';
import { staffBylineIds } from '../article/workflow-facts';
import { decideCollabAccess, type CollabAccess } from './collab-access';

/**
 * The access of `actor` to the article's shared document as the database says now, or null when the
 * actor may not open the article in the desk at all (the desk's read scope): then no connection.
 */
export async function readCollabAccess(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }): Promise<CollabAccess | null> {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: { id: true, state: true, bylines: { select: { userId: true } } },
  });
  if (!article) return null;
  return decideCollabAccess({ actor, article: { state: article.state, bylineUserIds: staffBylineIds(article.bylines) } });
}
