import type { Prisma } from '../../db/generated/client';
import { articlePageSelect, toArticlePage } from '../../site/published-articles';
import { siteUrl } from '../../site/site-url';
import type { ApiArticle, ApiArticleSummary } from './content-api.schema';

/** What the API reads of a live article: the article page's fields (the same text readers see), and its version. */
export const apiArticleSelect = { ...articlePageSelect, updatedAt: true, version: true } as const;
/** The list's: the same without the body. */
export const apiArticleSummarySelect = { ...apiArticleSelect, bodyHtml: false, sources: false } as const;

type FullRow = Prisma.ArticleGetPayload<{ select: typeof apiArticleSelect }>;
type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof apiArticleSummarySelect }>;

export function toApiArticleSummary(row: SummaryRow): ApiArticleSummary {
  const page = toArticlePage({ ...row, bodyHtml: '', sources: [] });
  return {
    id: page.id,
    slug: page.slug,
    headline: page.headline,
    standfirst: page.standfirst,
    url: siteUrl(`/articles/${page.slug}`),
    section: page.section,
    tags: page.tags,
    bylines: page.bylines,
    // Live articles always have one; the schema promises it.
    publishedAt: (page.publishedAt ?? row.updatedAt).toISOString(),
    contentUpdatedAt: page.contentUpdatedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toApiArticle(row: FullRow): ApiArticle {
  const page = toArticlePage(row);
  return {
    ...toApiArticleSummary(row),
    bodyHtml: page.bodyHtml,
    leadImage: page.leadImage && { ...page.leadImage, url: siteUrl(page.leadImage.url) },
    sources: page.sources,
  };
}
