import type { Tx } from '../db/client';
import type { Prisma } from '../db/generated/client';

/** Saves by one author within this window are one revision: autosave must not bury the history. */
export const REVISION_COALESCE_MS = 5 * 60 * 1000;

/**
 * Snapshots the saved content, folding it into the author's latest revision when that is recent and
 * nothing happened in between: no workflow step and no one else's save (the article's version moved on by
 * this save alone). So the text that was submitted, approved or published is always a revision of its own.
 */
export async function recordRevision(
  tx: Tx,
  {
    articleId,
    authorId,
    articleVersion,
    content,
    reason = 'edit',
    startsNew = false,
    coAuthorIds = [],
  }: {
    articleId: string;
    authorId: string;
    articleVersion: number;
    content: object;
    reason?: string;
    /** Keep this save as a revision of its own (a byline change), even when it could fold. */
    startsNew?: boolean;
    /** Others whose typing is in this save too (co-editing): the revision of any of them may take it in. */
    coAuthorIds?: string[];
  },
): Promise<void> {
  const snapshot = content as Prisma.InputJsonValue;
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, authorId: true, reason: true, articleVersion: true, createdAt: true },
  });
  const coalesce =
    !startsNew &&
    reason === 'edit' &&
    latest?.articleVersion === articleVersion - 1 &&
    latest.reason === 'edit' &&
    latest.authorId !== null &&
    [authorId, ...coAuthorIds].includes(latest.authorId) &&
    Date.now() - latest.createdAt.getTime() < REVISION_COALESCE_MS;
  if (coalesce) {
    await tx.articleRevision.update({ where: { id: latest.id }, data: { snapshot, articleVersion } });
  } else {
    await tx.articleRevision.create({ data: { articleId, authorId, articleVersion, snapshot, reason } });
  }
}

/** Revisions that hold the article's own content as it stood (a conflict copy is a losing writer's text). */
const CONTENT_REASONS = ['edit', 'restore', 'snapshot'];

/**
 * currentRevisionId for many articles (the scheduler's batches), by article id: one statement for those
 * that have a revision, and one read and one insert for all of those that have none yet.
 */
export async function currentRevisionIds(tx: Tx, articleIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ articleId: string; id: string }[]>`
    SELECT DISTINCT ON ("articleId") "articleId"::text AS "articleId", id::text AS id FROM "ArticleRevision"
    WHERE "articleId" = ANY(${[...articleIds]}::uuid[]) AND reason = ANY(${CONTENT_REASONS})
    ORDER BY "articleId", "createdAt" DESC`;
  const ids = new Map(rows.map((row) => [row.articleId, row.id]));
  const missing = articleIds.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    const articles = await tx.article.findMany({ where: { id: { in: missing } }, include: snapshotInclude });
    const created = await tx.articleRevision.createManyAndReturn({
      data: articles.map((article) => ({ articleId: article.id, authorId: null, articleVersion: article.version, snapshot: snapshotOf(article), reason: 'snapshot' })),
      select: { id: true, articleId: true },
    });
    for (const revision of created) ids.set(revision.articleId, revision.id);
  }
  return ids;
}

/**
 * The revision holding the article's content as it stands, for a workflow step to point at ("what was
 * approved", "what went live"). Every save writes or updates one and none folds across a step, so it is
 * the exact text the step acted on. An article with no revision yet (made before revisions were kept, or
 * by an import) gets one now, taken from its row.
 */
export async function currentRevisionId(tx: Tx, articleId: string): Promise<string> {
  return (await currentRevisionIds(tx, [articleId])).get(articleId)!;
}

export const snapshotInclude = {
  bylines: { orderBy: { position: 'asc' } },
  sources: { orderBy: { position: 'asc' } },
  tags: true,
} as const satisfies Prisma.ArticleInclude;

/** An article row's content as a revision snapshot. */
export function snapshotOf(article: Prisma.ArticleGetPayload<{ include: typeof snapshotInclude }>): Prisma.InputJsonValue {
  return {
    headline: article.headline,
    slug: article.slug,
    standfirst: article.standfirst,
    body: article.body as Prisma.InputJsonValue,
    sectionId: article.sectionId,
    tagIds: article.tags.map((tag) => tag.tagId),
    bylines: article.bylines.map((byline) => (byline.userId ? { userId: byline.userId } : { contributorName: byline.contributorName ?? '' })),
    sources: article.sources.map(({ name, url }) => ({ name, url })),
    leadImage: article.leadImageId
      ? { assetId: article.leadImageId, caption: article.leadImageCaption, credit: article.leadImageCredit, alt: article.leadImageAlt }
      : null,
  };
}
