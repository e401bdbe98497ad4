import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from './article-scope';

export const deskListSchema = z.object({
  /**
   * mine: articles I have a byline on; queue: waiting for review (editors); scheduled: the publishing plan,
   * soonest first; all: everything I can see.
   */
  view: z.enum(['mine', 'queue', 'scheduled', 'all']),
  limit: z.number().int().min(1).max(100).default(50),
});

export const deskArticleRowSchema = z.object({
  id: z.string(),
  headline: z.string(),
  state: z.string(),
  version: z.number(),
  sectionName: z.string().nullable(),
  bylines: z.array(z.string()),
  updatedAt: z.date(),
  publishAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
});
export type DeskArticleRow = z.infer<typeof deskArticleRowSchema>;

/** The desk's article lists, always within the actor's read scope. */
export async function listDeskArticles(
  db: DbOrTx,
  { actor, view, limit }: { actor: Actor } & z.infer<typeof deskListSchema>,
): Promise<DeskArticleRow[]> {
  if (view === 'queue' && !can(actor.role, 'article.review')) {
    throw new AppError('FORBIDDEN', 'Only editors have a review queue.');
  }
  const viewFilter =
    view === 'mine'
      ? { bylines: { some: { userId: actor.id } } }
      : view === 'queue'
        ? { state: 'IN_REVIEW' as const }
        : view === 'scheduled'
          ? { state: 'SCHEDULED' as const }
          : {};
  const rows = await db.article.findMany({
    where: { AND: [articleWhereForActor(actor), viewFilter] },
    // The queue is worked oldest first, the plan soonest first; other lists show the latest activity first.
    orderBy: view === 'scheduled' ? { publishAt: 'asc' } : { updatedAt: view === 'queue' ? 'asc' : 'desc' },
    take: limit,
    select: {
      id: true,
      headline: true,
      state: true,
      version: true,
      updatedAt: true,
      publishAt: true,
      publishedAt: true,
      section: { select: { name: true } },
      bylines: { orderBy: { position: 'asc' }, select: { contributorName: true, user: { select: { name: true } } } },
    },
  });
  return rows.map(({ section, bylines, ...row }) => ({
    ...row,
    sectionName: section?.name ?? null,
    bylines: bylines.map((byline) => byline.user?.name ?? byline.contributorName ?? ''),
  }));
}
