import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { articleWhereForActor } from '../article/article-scope';
import { AppError } from '../errors';
import { publishedScope } from '../site/published-articles';
import type { DeskEntry } from './live-blog.schema';

/** The desk's view of a live blog's entries, waiting ones first, then newest first (removed ones too, marked). */
export async function listDeskEntries(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }): Promise<DeskEntry[]> {
  const article = await db.article.findFirst({ where: { AND: [{ id: articleId }, articleWhereForActor(actor)] }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  const rows = await db.liveBlogEntry.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
    include: { author: { select: { name: true } } },
  });
  const order = { PENDING: 0, POSTED: 1, REMOVED: 2 } as const;
  return rows
    .map(({ author, articleId: _articleId, approvedById: _approvedById, updatedAt: _updatedAt, ...row }) => ({ ...row, authorName: author?.name ?? null }))
    .sort((a, b) => order[a.status] - order[b.status]);
}

export type PublicEntry = { id: string; text: string; pinned: boolean; postedAt: Date; authorName: string | null };

/**
 * What readers see of a live blog: its shown entries, newest first (the latest 200), only while the blog
 * is published. Read through the public cache under the article's tag (server/cache/public-reads.ts).
 */
export async function listPublicEntries(db: DbOrTx, slug: string): Promise<PublicEntry[] | null> {
  const article = await db.article.findFirst({ where: { ...publishedScope, slug, isLiveBlog: true }, select: { id: true } });
  if (!article) return null;
  const rows = await db.liveBlogEntry.findMany({
    where: { articleId: article.id, status: 'POSTED' },
    orderBy: [{ postedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, text: true, pinned: true, postedAt: true, author: { select: { name: true } } },
  });
  return rows.map(({ author, postedAt, ...row }) => ({ ...row, postedAt: postedAt!, authorName: author?.name ?? null }));
}
