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

/** Read inside the writing transaction, before and after the change, so both sides come from one consistent view. */
export async function readPublicArticleFacts(db: DbOrTx, articleId: string): Promise<PublicArticleFacts> {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      slug: true,
      state: true,
      publishedAt: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      bylines: { select: { user: { select: { slug: true } } } },
    },
  });
  return {
    slug: row.slug,
    state: row.state,
    publishedAt: row.publishedAt,
    sectionSlug: row.section?.slug ?? null,
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    authorSlugs: row.bylines.flatMap(({ user }) => (user ? [user.slug] : [])),
  };
}
