import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { PREVIEW_BLOCKED_MESSAGES, previewBlockedBecause } from './preview-link-rules';
import { articleWhereForActor } from '../article/article-scope';
import { siteUrl } from '../site/site-url';
import { createPreviewToken, MAX_PREVIEW_HOURS } from './preview-token';

/**
 * A link that shows the article's latest saved version to someone without an account, until it expires or
 * is revoked. Stored (who, which article, when, until when) and logged in the article's timeline, in one
 * transaction; the URL is shown once, to its maker.
 */
export async function createPreviewLink(db: Db, { actor, articleId, hours, now = new Date() }: { actor: Actor; articleId: string; hours: number; now?: Date }) {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PREVIEW_HOURS) {
    throw new AppError('BAD_REQUEST', `A preview link lasts between 1 hour and ${MAX_PREVIEW_HOURS / 24} days.`);
  }
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const link = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { AND: [{ id: articleId }, articleWhereForActor(actor)] }, select: { id: true, state: true, embargoUntil: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
    const blocked = previewBlockedBecause(article, now);
    if (blocked) throw new AppError('PRECONDITION_FAILED', PREVIEW_BLOCKED_MESSAGES[blocked]);
    const created = await tx.previewLink.create({ data: { articleId, createdById: actor.id, createdAt: now, expiresAt }, select: { id: true } });
    await tx.articleEvent.create({
      data: { articleId, actorId: actor.id, action: 'createPreviewLink', data: { linkId: created.id, expiresAt: expiresAt.toISOString() } },
    });
    return created;
  });
  return { id: link.id, url: siteUrl(`/preview/${createPreviewToken(link.id, expiresAt)}`), expiresAt };
}
