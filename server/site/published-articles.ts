import type { Role } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { parseArticleBody } from '../content/article-body';
import { renderArticleBody } from '../content/render-article-body';
import { bodyPictures } from '../media/body-pictures';
import { liveCopySelect, resolveLiveCopies } from './live-copy';

/** What a reader may see: live articles only. Every public query goes through this scope. */
export const publishedScope = { state: 'PUBLISHED' } as const;

/** What a listing needs of a row besides its live copy. */
const listedSelect = { id: true, slug: true, publishedAt: true, contentUpdatedAt: true } as const;

/**
 * Latest live articles, optionally only those in a section, with a tag, by an author, or among `ids`, as
 * teasers of their live copies (live-copy.ts). Which listing an article is in follows the desk's copy of its
 * section, tags and bylines (`sectionId` and `tagIds` say which, for fronts to sort them into blocks).
 */
export async function listLatestPublished(
  db: DbOrTx,
  options: { limit: number; sectionId?: string; tagId?: string; authorId?: string; since?: Date; ids?: readonly string[] },
) {
  const rows = await db.article.findMany({
    where: {
      ...publishedScope,
      ...(options.ids && { id: { in: [...options.ids] } }),
      ...(options.sectionId && { sectionId: options.sectionId }),
      ...(options.tagId && { tags: { some: { tagId: options.tagId } } }),
      ...(options.authorId && { bylines: { some: { userId: options.authorId } } }),
      ...(options.since && { publishedAt: { gte: options.since } }),
    },
    orderBy: { publishedAt: 'desc' },
    take: options.limit,
    select: { ...listedSelect, ...liveCopySelect },
  });
  const copies = await resolveLiveCopies(db, rows);
  return rows.map((row) => {
    const { headline, standfirst, section, bylines, leadImage } = copies.get(row.id)!;
    return {
      id: row.id,
      slug: row.slug,
      publishedAt: row.publishedAt,
      contentUpdatedAt: row.contentUpdatedAt,
      headline,
      standfirst,
      section,
      bylines,
      leadImage,
      sectionId: row.sectionId,
      tagIds: row.tags.map((tag) => tag.tagId),
    };
  });
}

/** What the article page reads of a row (articleAtAddress): its live copy and its public notes. */
export const articlePageSelect = {
  ...listedSelect,
  ...liveCopySelect,
  isLiveBlog: true,
  notes: { where: { removedAt: null }, orderBy: { publishedAt: 'desc' }, select: { id: true, kind: true, text: true, publishedAt: true } },
} as const satisfies Prisma.ArticleSelect;

/** A live article's page by its slug, or null (tests read the public page's data through it). */
export async function findPublishedArticle(db: DbOrTx, slug: string) {
  const row = await db.article.findFirst({ where: { ...publishedScope, slug }, select: articlePageSelect });
  return row && toArticlePage(db, row);
}

type ArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/** The article page's data: the live copy, its body rendered by THE renderer (library images responsive), and its notes newest first. */
export async function toArticlePage(db: DbOrTx, row: ArticlePageRow) {
  const { body, ...copy } = (await resolveLiveCopies(db, [row])).get(row.id)!;
  const parsed = parseArticleBody(body);
  return {
    id: row.id,
    slug: row.slug,
    publishedAt: row.publishedAt,
    contentUpdatedAt: row.contentUpdatedAt,
    ...copy,
    // Library images in the body as responsive renditions (the stored bodyHtml keeps their plain addresses).
    bodyHtml: renderArticleBody(parsed, { pictureOf: await bodyPictures(db, parsed) }).html,
    isLiveBlog: row.isLiveBlog,
    notes: row.notes,
  };
}

export async function newsroomSettings(db: DbOrTx) {
  return (
    (await db.newsroomSettings.findUnique({ where: { id: 1 } })) ?? {
      name: 'Masthead',
      timeZone: 'UTC',
      fourEyesApproval: true,
      twoFactorRoles: ['ADMIN'] as Role[],
    }
  );
}
