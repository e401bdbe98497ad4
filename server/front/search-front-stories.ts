import type { DbOrTx } from '../db/client';
import { publishedScope } from '../site/published-articles';

/** Live stories an editor can put on a front, newest first, those whose headline has every word typed. */
export async function searchFrontStories(db: DbOrTx, query: string) {
  const words = query.split(/\s+/).filter(Boolean);
  const rows = await db.article.findMany({
    where: { ...publishedScope, AND: words.map((word) => ({ headline: { contains: word, mode: 'insensitive' as const } })) },
    orderBy: { publishedAt: 'desc' },
    take: 20,
    select: { id: true, headline: true, publishedAt: true, section: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, headline: row.headline, publishedAt: row.publishedAt, sectionName: row.section?.name ?? null }));
}
