import type { Db } from '../../db/client';
import { publishedScope } from '../../site/published-articles';
import { apiArticleSelect } from './api-article-rows';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One live article by id or slug (the row; callers shape it as JSON or ninjs), or null. */
export async function getApiArticleRow(db: Db, idOrSlug: string) {
  return db.article.findFirst({ where: { ...publishedScope, ...(uuid.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }) }, select: apiArticleSelect });
}
