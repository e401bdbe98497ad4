import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { AppError } from '../../errors';
import { publishedScope } from '../../site/published-articles';
import { decodeCursor, pageOf } from './api-cursor';
import { apiArticleSummarySelect, toApiArticleSummaries } from './api-article-rows';
import type { ArticlesQuery } from './content-api.schema';

const UUID = /^[0-9a-f-]{36}$/i;

/** Live articles, most recently changed first, filtered and paged by cursor. Nothing that is not live. */
export async function listApiArticles(db: Db, query: ArticlesQuery) {
  const cursor = decodeCursor(query.cursor);
  if (cursor && (Number.isNaN(Date.parse(cursor.value)) || !UUID.test(cursor.id))) throw new AppError('BAD_REQUEST', 'The cursor is not one this API gave out.');
  const after: Prisma.ArticleWhereInput = cursor
    ? { OR: [{ updatedAt: { lt: new Date(cursor.value) } }, { updatedAt: new Date(cursor.value), id: { lt: cursor.id } }] }
    : {};
  const rows = await db.article.findMany({
    where: {
      AND: [
        publishedScope,
        query.section ? { section: { slug: query.section } } : {},
        query.tag ? { tags: { some: { tag: { slug: query.tag } } } } : {},
        query.author ? { bylines: { some: { user: { slug: query.author } } } } : {},
        query.updatedSince ? { updatedAt: { gte: new Date(query.updatedSince) } } : {},
        after,
      ],
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: apiArticleSummarySelect,
  });
  const page = pageOf(rows, query.limit, (row) => ({ value: row.updatedAt.toISOString(), id: row.id }));
  return { data: await toApiArticleSummaries(db, page.rows), nextCursor: page.nextCursor };
}
