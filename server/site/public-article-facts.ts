import type { DbOrTx } from '../db/client';
import type { ArticleState } from '../workflow/states';

/** What of an article decides which public pages show it: its address, whether it is or was live, and where it is listed. */
export type PublicArticleFacts = {
  slug: string;
  state: ArticleState;
  /** Set at first publication and kept: an article that has it but is not live is withdrawn (410). */
  publishedAt: Date | null;
  sectionSlug: string | null;
  tagSlugs: string[];
  /** Staff bylines only: outside contributors have no author page. */
  authorSlugs: string[];
};

/**
 * Read inside the writing transaction, before and after the change, so both sides come from one consistent
 * view. One statement (not a query per relation): every workflow step and every scheduled publish reads it
 * twice.
 */
export async function readPublicArticleFacts(db: DbOrTx, articleId: string): Promise<PublicArticleFacts> {
  const row = (await readPublicArticleFactsOf(db, [articleId])).get(articleId);
  if (!row) throw new Error(`Article ${articleId} not found`);
  return row;
}

/** The same facts for many articles in one statement (the scheduler's batches), by article id. */
export async function readPublicArticleFactsOf(db: DbOrTx, articleIds: readonly string[]): Promise<Map<string, PublicArticleFacts>> {
  const rows = await db.$queryRaw<(PublicArticleFacts & { id: string })[]>`
    SELECT a.id::text AS id, a.slug, a.state::text AS state, a."publishedAt", s.slug AS "sectionSlug",
      ARRAY(SELECT t.slug FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = a.id ORDER BY t.slug) AS "tagSlugs",
      ARRAY(SELECT u.slug FROM "Byline" b JOIN "User" u ON u.id = b."userId" WHERE b."articleId" = a.id ORDER BY b.position) AS "authorSlugs"
    FROM "Article" a LEFT JOIN "Section" s ON s.id = a."sectionId"
    WHERE a.id = ANY(${[...articleIds]}::uuid[])`;
  return new Map(rows.map(({ id, ...facts }) => [id, facts]));
}
