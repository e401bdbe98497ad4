import type { Db } from '../../db/client';
import { publishedScope } from '../../site/published-articles';
import { siteUrl } from '../../site/site-url';
import { decodeCursor, pageOf } from './api-cursor';
import type { PageQuery } from './content-api.schema';

/** Sections in navigation order; archived ones are not listed (they left the site's navigation). */
export async function listApiSections(db: Db) {
  const rows = await db.section.findMany({ where: { archivedAt: null }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true, description: true } });
  return { data: rows.map((row) => ({ ...row, url: siteUrl(`/sections/${row.slug}`) })) };
}

/** Tags with at least one live article, by slug. */
export async function listApiTags(db: Db, query: PageQuery) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db.tag.findMany({
    where: { articles: { some: { article: publishedScope } }, ...(cursor && { slug: { gt: cursor.value } }) },
    orderBy: { slug: 'asc' },
    take: query.limit + 1,
    select: { id: true, slug: true, name: true },
  });
  const page = pageOf(rows, query.limit, (row) => ({ value: row.slug, id: row.id }));
  return { data: page.rows.map((row) => ({ ...row, url: siteUrl(`/tags/${row.slug}`) })), nextCursor: page.nextCursor };
}

/** Staff with a byline on at least one live article, by slug (never their email or role). */
export async function listApiAuthors(db: Db, query: PageQuery) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db.user.findMany({
    where: { bylines: { some: { article: publishedScope } }, ...(cursor && { slug: { gt: cursor.value } }) },
    orderBy: { slug: 'asc' },
    take: query.limit + 1,
    select: { id: true, slug: true, name: true, jobTitle: true, bio: true, photoUrl: true },
  });
  const page = pageOf(rows, query.limit, (row) => ({ value: row.slug, id: row.id }));
  return { data: page.rows.map((row) => ({ ...row, url: siteUrl(`/authors/${row.slug}`) })), nextCursor: page.nextCursor };
}
