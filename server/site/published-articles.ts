import type { Role } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { publicImage, publicImageSelect } from '../media/public-image';

/** What a reader may see: live articles only. Every public query goes through this scope. */
export const publishedScope = { state: 'PUBLISHED' } as const;

const teaserSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  publishedAt: true,
  contentUpdatedAt: true,
  section: { select: { name: true, slug: true } },
  bylines: {
    orderBy: { position: 'asc' },
    select: { contributorName: true, user: { select: { name: true, slug: true } } },
  },
} as const;

/** Latest live articles, optionally only those in a section, with a tag, or by an author. */
export async function listLatestPublished(
  db: DbOrTx,
  options: { limit: number; sectionId?: string; tagId?: string; authorId?: string; since?: Date },
) {
  const rows = await db.article.findMany({
    where: {
      ...publishedScope,
      ...(options.sectionId && { sectionId: options.sectionId }),
      ...(options.tagId && { tags: { some: { tagId: options.tagId } } }),
      ...(options.authorId && { bylines: { some: { userId: options.authorId } } }),
      ...(options.since && { publishedAt: { gte: options.since } }),
    },
    orderBy: { publishedAt: 'desc' },
    take: options.limit,
    select: teaserSelect,
  });
  return rows.map(({ bylines, ...row }) => ({ ...row, bylines: bylines.map(bylineName) }));
}

/** What the article page shows, as a Prisma select (shared by findPublishedArticle and articleAtAddress). */
export const articlePageSelect = {
  ...teaserSelect,
  bodyHtml: true,
  contentUpdatedAt: true,
  isLiveBlog: true,
  leadImageCaption: true,
  leadImageCredit: true,
  leadImageAlt: true,
  leadImage: { select: publicImageSelect },
  sources: { orderBy: { position: 'asc' }, select: { name: true, url: true } },
  tags: { select: { tag: { select: { name: true, slug: true } } } },
} as const;

export async function findPublishedArticle(db: DbOrTx, slug: string) {
  const row = await db.article.findFirst({ where: { ...publishedScope, slug }, select: articlePageSelect });
  return row && toArticlePage(row);
}

type ArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/** The article page's data from a row read with articlePageSelect. */
export function toArticlePage(row: ArticlePageRow) {
  const { bylines, leadImage, tags, ...rest } = row;
  return {
    ...rest,
    bylines: bylines.map(bylineName),
    tags: tags.map(({ tag }) => tag),
    leadImage: leadImage && {
      ...publicImage(leadImage),
      caption: row.leadImageCaption,
      credit: row.leadImageCredit,
      alt: row.leadImageAlt,
    },
  };
}

function bylineName(byline: { contributorName: string | null; user: { name: string; slug: string } | null }) {
  return byline.user
    ? { name: byline.user.name, authorSlug: byline.user.slug }
    : { name: byline.contributorName ?? '', authorSlug: null };
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
