import type { DbOrTx } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { resolveLiveCopies } from '../../site/live-copy';
import { articlePageSelect, toArticlePage } from '../../site/published-articles';
import { siteUrl } from '../../site/site-url';
import type { ApiArticle, ApiArticleSummary } from './content-api.schema';

/**
 * What the API reads of a live article: the article page's fields (its live copy, the same text readers
 * see, never the desk's working copy with a pending update), and its version.
 */
export const apiArticleSelect = { ...articlePageSelect, updatedAt: true, version: true } as const;
export const apiArticleSummarySelect = apiArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof apiArticleSelect }>;
type LiveCopy = NonNullable<Awaited<ReturnType<typeof resolveLiveCopies>> extends Map<string, infer C> ? C : never>;

/** A page of summaries: the live copies of all rows resolved together. */
export async function toApiArticleSummaries(db: DbOrTx, rows: readonly Row[]): Promise<ApiArticleSummary[]> {
  const copies = await resolveLiveCopies(db, rows);
  return rows.map((row) => summaryOf(row, copies.get(row.id)!));
}

export async function toApiArticle(db: DbOrTx, row: Row): Promise<ApiArticle> {
  const page = await toArticlePage(db, row);
  const image = page.leadImage;
  return {
    ...summaryOf(row, page),
    bodyHtml: page.bodyHtml,
    leadImage: image && { url: siteUrl(image.url), width: image.width, height: image.height, caption: image.caption, credit: image.credit, alt: image.alt },
    sources: page.sources,
    notes: page.notes.map((note) => ({ kind: note.kind, text: note.text, publishedAt: note.publishedAt.toISOString() })),
  };
}

function summaryOf(row: Row, copy: Pick<LiveCopy, 'headline' | 'standfirst' | 'section' | 'tags' | 'bylines'>): ApiArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: copy.headline,
    standfirst: copy.standfirst,
    url: siteUrl(`/articles/${row.slug}`),
    section: copy.section,
    tags: copy.tags,
    bylines: copy.bylines,
    // Live articles always have one; the schema promises it.
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    contentUpdatedAt: row.contentUpdatedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
