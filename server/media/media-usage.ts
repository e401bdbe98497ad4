import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { articleWhereForActor } from '../article/article-scope';
import type { Prisma } from '../db/generated/client';
import { mediaUrl } from './storage';

/** Articles using an image: as lead image, or in the body (whose rendered HTML names the image's address). */
export function articlesUsingImage({ assetId, storageKey }: { assetId: string; storageKey: string }): Prisma.ArticleWhereInput {
  return { OR: [{ leadImageId: assetId }, { bodyHtml: { contains: `"${mediaUrl(storageKey)}"` } }] };
}

/**
 * Where an image appears: articles with it as lead image or in the body (the rendered body names its
 * address), those the actor may open in the desk, newest first.
 */
export async function mediaUsage({ db, actor, assetId, storageKey }: { db: DbOrTx; actor: Actor; assetId: string; storageKey: string }) {
  const rows = await db.article.findMany({
    where: {
      AND: [
        articleWhereForActor(actor),
        articlesUsingImage({ assetId, storageKey }),
      ],
    },
    orderBy: { updatedAt: 'desc' },
    take: 100,
    select: { id: true, headline: true, state: true, leadImageId: true },
  });
  return rows.map((row) => ({ id: row.id, headline: row.headline, state: row.state, as: row.leadImageId === assetId ? ('lead' as const) : ('body' as const) }));
}
