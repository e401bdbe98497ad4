import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { AppError } from '../errors';
import { formatNewsroomTime } from '../text/newsroom-time';
import { articleWhereForActor } from './article-scope';

/**
 * The first step of every write to an article, inside its transaction: takes the row lock (so concurrent
 * writers queue instead of interleaving), applies the actor's read scope, and checks that the writer saw
 * the latest version. Returns the locked row with what the rules need.
 */
export async function lockArticleForWrite(
  tx: Tx,
  { articleId, actor, expectedVersion }: { articleId: string; actor: Actor; expectedVersion: number },
) {
  // Locked before it is read on purpose: reading first would let two writers both see version N.
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId}::uuid FOR UPDATE`;
  const article = await tx.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    include: {
      bylines: { orderBy: { position: 'asc' } },
      lastModifiedBy: { select: { name: true } },
    },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  if (article.version !== expectedVersion) {
    const settings = await tx.newsroomSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
    throw conflictError({ ...article, lastModifiedByName: article.lastModifiedBy?.name ?? null }, settings?.timeZone ?? 'UTC');
  }
  return article;
}

export type LockedArticle = Awaited<ReturnType<typeof lockArticleForWrite>>;

/** The refusal of a write based on an old version: who changed the article last, and when. */
export function conflictError(
  article: { version: number; updatedAt: Date; lastModifiedByName: string | null },
  timeZone: string,
): AppError {
  const who = article.lastModifiedByName ?? 'someone else';
  const when = formatNewsroomTime(article.updatedAt, timeZone);
  return new AppError('CONFLICT', `This article was changed by ${who} at ${when}; reload to see their changes.`, {
    changedBy: article.lastModifiedByName,
    changedAt: article.updatedAt.toISOString(),
    currentVersion: article.version,
  });
}
