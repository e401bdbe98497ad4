import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { readPublicArticleFacts } from '../site/public-article-facts';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { tagsTouchedByArticleChange } from '../site/tags-touched';
import { lockArticleForWrite } from './lock-article';
import { slugTakenByOther } from './save-article';

/**
 * Gives a published article a new address, keeping every old one: the old slug becomes an
 * ArticleSlugRedirect (301 to the current address; no other article may ever take it), and coming back to
 * a former slug takes it off that list. An editor's act with a reason, logged with both addresses in one
 * transaction; then both addresses' pages (the old one now answers 301), listings, feeds and the sitemap
 * are revalidated. Unpublished drafts change their slug by saving.
 */
export async function changeArticleSlug({
  db,
  actor,
  articleId,
  expectedVersion,
  slug,
  reason,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  slug: string;
  reason: string;
  revalidate: RevalidatePublicPages;
}): Promise<{ id: string; slug: string; version: number }> {
  if (!can(actor.role, 'article.changeSlug')) throw new AppError('FORBIDDEN', 'Your role cannot change a published article’s address.');
  const { touchedTags, ...result } = await db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, { articleId, actor, expectedVersion });
    if (article.publishedAt === null) throw new AppError('CONFLICT', 'This article has never been published: change its slug in the editor.');
    if (article.slug === slug) throw new AppError('BAD_REQUEST', 'This is already the article’s address.');
    if (await slugTakenByOther(tx, { slug, articleId })) {
      throw new AppError('BAD_REQUEST', `The address “${slug}” is used, or was used, by another article. Choose another.`, {
        problems: ['Choose an address no other article has used'],
      });
    }
    const before = await readPublicArticleFacts(tx, articleId);
    await tx.articleSlugRedirect.deleteMany({ where: { slug, articleId } });
    await tx.articleSlugRedirect.create({ data: { slug: article.slug, articleId } });
    const updated = await tx.article.update({
      where: { id: articleId, version: expectedVersion },
      data: { slug, version: { increment: 1 }, lastModifiedById: actor.id },
      select: { id: true, slug: true, version: true },
    });
    await tx.articleEvent.create({
      data: { articleId, actorId: actor.id, action: 'changeSlug', fromState: article.state, toState: article.state, comment: reason, data: { from: article.slug, to: slug } },
    });
    return { ...updated, touchedTags: tagsTouchedByArticleChange(before, await readPublicArticleFacts(tx, articleId)) };
  });
  await revalidate(touchedTags);
  return result;
}
