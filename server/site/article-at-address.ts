import type { DbOrTx } from '../db/client';
import { findPublishedArticle } from './published-articles';

/**
 * What /articles/<slug> answers: the live article; "withdrawn" (410 Gone) when the article there was
 * published once and no longer is, so search engines drop it for good; otherwise "missing" (404), which
 * is also what a draft's address answers: nothing about an unpublished piece may leak.
 */
export async function articleAtAddress(db: DbOrTx, slug: string) {
  const article = await findPublishedArticle(db, slug);
  if (article) return { kind: 'live' as const, article };
  const withdrawn = await db.article.findFirst({ where: { slug, publishedAt: { not: null } }, select: { id: true } });
  return { kind: withdrawn ? ('withdrawn' as const) : ('missing' as const) };
}
