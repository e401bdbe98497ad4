import type { Db } from '../../server/db/client';
import { fixtureArticle } from '../../server/seed/fixture-article';

/**
 * `count` complete copies of the fixture article (its standfirst, body, section and first staff byline; no
 * lead image), slugs `${prefix}1`…: SCHEDULED for 2100 (the caller makes them due), or PUBLISHED now.
 * The scheduler scenario and bench/render-cost.ts use the same pages, so the render cost measured by one
 * is the cost of the pages the other serves.
 */
export async function insertFixtureCopies(db: Db, { prefix, count, state }: { prefix: string; count: number; state: 'SCHEDULED' | 'PUBLISHED' }) {
  const model = await db.article.findUniqueOrThrow({
    where: { slug: fixtureArticle.slug },
    select: { id: true, bylines: { select: { userId: true }, take: 1, where: { userId: { not: null } } } },
  });
  const publishAt = state === 'SCHEDULED' ? new Date('2100-01-01T00:00:00Z') : null;
  const publishedAt = state === 'PUBLISHED' ? new Date() : null;
  await db.$executeRaw`
    INSERT INTO "Article" (id, slug, headline, standfirst, body, "bodyHtml", "bodyText", state, "sectionId", "createdById", "updatedAt", "publishAt", "publishedAt", "contentUpdatedAt")
    SELECT gen_random_uuid(), ${prefix} || n, 'Copy ' || n, a.standfirst, a.body, a."bodyHtml", a."bodyText", ${state}::"ArticleState",
      a."sectionId", a."createdById", now(), ${publishAt}::timestamp, ${publishedAt}::timestamp, ${publishedAt}::timestamp
    FROM generate_series(1, ${count}::int) AS n, (SELECT * FROM "Article" WHERE id = ${model.id}::uuid) a`;
  await db.$executeRaw`
    INSERT INTO "Byline" (id, "articleId", position, "userId")
    SELECT gen_random_uuid(), id, 0, ${model.bylines[0]?.userId ?? null}::uuid FROM "Article" WHERE slug LIKE ${`${prefix}%`}`;
}
