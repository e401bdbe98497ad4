import type { Actor } from '../auth/actor';
import { parseArticleBody } from '../content/article-body';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { planContentEdit } from '../workflow/edit';
import { articleWhereForActor } from './article-scope';
import type { ArticleContentInput } from './article.schema';
import { recordRevision } from './record-revision';
import { staffBylineIds } from './workflow-facts';

/**
 * When someone else saved first, the losing writer's copy is kept in the article's history (as a
 * "conflict copy" revision) before they reload, so choosing "reload" never throws words away.
 */
export async function keepConflictCopy({
  db,
  actor,
  articleId,
  content,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  content: ArticleContentInput;
}): Promise<{ revisionCount: number }> {
  const body = parseArticleBody(content.body);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
      select: { id: true, state: true, version: true, bylines: { select: { userId: true } } },
    });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
    planContentEdit({
      actor: { kind: 'staff', id: actor.id, role: actor.role },
      article: { state: article.state, bylineUserIds: staffBylineIds(article.bylines) },
    });
    await recordRevision(tx, {
      articleId,
      authorId: actor.id,
      articleVersion: article.version,
      content: { ...content, body },
      reason: 'conflict-copy',
    });
    return { revisionCount: await tx.articleRevision.count({ where: { articleId } }) };
  });
}
