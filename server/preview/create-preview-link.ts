import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';
import { siteUrl } from '../site/site-url';
import { createPreviewToken, MAX_PREVIEW_HOURS } from './preview-token';

/** A link that shows the article's latest saved version to someone without an account, until it expires. */
export async function createPreviewLink(db: DbOrTx, { actor, articleId, hours, now = new Date() }: { actor: Actor; articleId: string; hours: number; now?: Date }) {
  const article = await db.article.findFirst({ where: { AND: [{ id: articleId }, articleWhereForActor(actor)] }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  if (hours < 1 || hours > MAX_PREVIEW_HOURS) throw new AppError('BAD_REQUEST', `A preview link lasts between 1 hour and ${MAX_PREVIEW_HOURS / 24} days.`);
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  return { url: siteUrl(`/preview/${createPreviewToken(article.id, expiresAt)}`), expiresAt };
}
