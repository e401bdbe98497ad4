import { countWords } from '../content/render-article-body';
import type { DbOrTx, Tx } from '../db/client';
import type { ContributionKind } from '../db/generated/enums';
import type { ArticleState } from '../workflow/states';
import { readImageRights } from '../media/image-rights-facts';
import type { Contributions, ImageRights, WorkflowArticle } from '../workflow/workflow-types';

type ArticleRowForWorkflow = {
  id: string;
  slug: string;
  state: ArticleState;
  headline: string;
  standfirst: string;
  bodyText: string;
  sectionId: string | null;
  leadImageId: string | null;
  leadImageCredit: string;
  leadImageAlt: string;
  embargoUntil: Date | null;
  bylines: { userId: string | null }[];
};

export const staffBylineIds = (bylines: { userId: string | null }[]): string[] =>
  bylines.flatMap((byline) => (byline.userId ? [byline.userId] : []));

/**
 * The facts the workflow rules read: the article row with its bylines, whether its slug is taken, and who
 * had a hand in it. Writers call it inside their transaction after the row lock; the desk's list of
 * actions calls it too, so the buttons and the server decide from the same facts.
 */
export async function readWorkflowArticle(db: DbOrTx, article: ArticleRowForWorkflow): Promise<WorkflowArticle> {
  const slugOwner = await db.article.findFirst({ where: { slug: article.slug, id: { not: article.id } }, select: { id: true } });
  const [contributions, tagCount, sourceCount, imageRights] = await Promise.all([
    readContributions(db, article),
    db.articleTag.count({ where: { articleId: article.id } }),
    db.sourceAttribution.count({ where: { articleId: article.id } }),
    readImageRights(db, [article.id]),
  ]);
  return toWorkflowArticle(article, { slugTaken: Boolean(slugOwner), contributions, tagCount, sourceCount, imageRights: imageRights.get(article.id) ?? [] });
}

/** The same facts for many articles in five statements (the scheduler's batches), by article id. */
export async function readWorkflowArticles(db: DbOrTx, articles: readonly ArticleRowForWorkflow[]): Promise<Map<string, WorkflowArticle>> {
  const ids = articles.map((article) => article.id);
  const [slugOwners, rows, tags, sources, imageRights] = await Promise.all([
    db.article.findMany({ where: { slug: { in: articles.map((article) => article.slug) } }, select: { id: true, slug: true } }),
    db.articleContribution.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, userId: true, kind: true } }),
    db.articleTag.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: { _all: true } }),
    db.sourceAttribution.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: { _all: true } }),
    readImageRights(db, ids),
  ]);
  const countOf = (groups: { articleId: string; _count: { _all: number } }[], id: string) => groups.find((group) => group.articleId === id)?._count._all ?? 0;
  return new Map(
    articles.map((article) => [
      article.id,
      toWorkflowArticle(article, {
        slugTaken: slugOwners.some((owner) => owner.slug === article.slug && owner.id !== article.id),
        contributions: toContributions(rows.filter((row) => row.articleId === article.id), article.bylines),
        tagCount: countOf(tags, article.id),
        sourceCount: countOf(sources, article.id),
        imageRights: imageRights.get(article.id) ?? [],
      }),
    ]),
  );
}

function toWorkflowArticle(
  article: ArticleRowForWorkflow,
  facts: { slugTaken: boolean; contributions: Contributions; tagCount: number; sourceCount: number; imageRights: ImageRights[] },
): WorkflowArticle {
  const { slugTaken, contributions, tagCount, sourceCount, imageRights } = facts;
  return {
    state: article.state,
    bylineUserIds: staffBylineIds(article.bylines),
    bylineCount: article.bylines.length,
    headline: article.headline,
    standfirst: article.standfirst,
    bodyText: article.bodyText,
    wordCount: countWords(article.bodyText),
    tagCount,
    sourceCount,
    sectionId: article.sectionId,
    slugTaken,
    leadImage: article.leadImageId ? { credit: article.leadImageCredit, alt: article.leadImageAlt } : null,
    imageRights,
    contributions,
    embargoUntil: article.embargoUntil,
  };
}

/** Who ever signed, wrote or corrected the article (its ArticleContribution rows), current bylines included. */
export async function readContributions(
  db: DbOrTx,
  article: { id: string; bylines: { userId: string | null }[] },
): Promise<Contributions> {
  const rows = await db.articleContribution.findMany({ where: { articleId: article.id }, select: { userId: true, kind: true } });
  return toContributions(rows, article.bylines);
}

/** Contributions from ArticleContribution rows (all of an article's, or only one person's) and the bylines. */
export function toContributions(
  rows: { userId: string; kind: ContributionKind }[],
  bylines: { userId: string | null }[],
): Contributions {
  const of = (kind: ContributionKind) => rows.flatMap((row) => (row.kind === kind ? [row.userId] : []));
  return {
    everBylineUserIds: [...new Set([...of('BYLINE'), ...staffBylineIds(bylines)])],
    writerUserIds: of('WROTE'),
    correctorUserIds: of('CORRECTED'),
  };
}

/**
 * Records, in the writing transaction, what a change makes true for good: its writer wrote (or, on a live
 * article, corrected) it, and everyone it credits held a byline on it. Existing facts are kept as they are.
 */
export async function recordContributions(
  tx: Tx,
  {
    articleId,
    writerId,
    isCorrection,
    bylineUserIds,
  }: { articleId: string; writerId: string; isCorrection: boolean; bylineUserIds: string[] },
): Promise<void> {
  await tx.articleContribution.createMany({
    data: [
      { articleId, userId: writerId, kind: isCorrection ? 'CORRECTED' : 'WROTE' },
      ...bylineUserIds.map((userId) => ({ articleId, userId, kind: 'BYLINE' as const })),
    ],
    skipDuplicates: true,
  });
}
