import type { DbOrTx } from '../db/client';
import { articleWhereForActor } from '../article/article-scope';
import { previewBlockedBecause } from './preview-link-rules';
import { readPreviewToken } from './preview-token';

/** Why a preview link shows nothing. Only "expired" is told to the visitor; the rest read "stopped working". */
export type PreviewRefusal = 'invalid' | 'expired' | 'revoked' | 'makerDeactivated' | 'outOfMakerScope' | 'archived' | 'takenDown' | 'embargoed';

const refuse = (reason: PreviewRefusal) => ({ refused: reason }) as const;

const previewArticleInclude = {
  section: { select: { name: true } },
  bylines: { orderBy: { position: 'asc' }, include: { user: { select: { name: true } } } },
  sources: { orderBy: { position: 'asc' } },
  tags: { include: { tag: { select: { name: true, slug: true } } } },
  leadImage: { select: { storageKey: true, width: true, height: true } },
} as const;

/**
 * The article a preview token opens, or why it opens nothing. A link lends its maker's reading right to
 * whoever holds it, so it works only while the maker could still open the article in the desk: an active
 * account, the article still in their scope (journalists lose drafts they are taken off), and not archived.
 */
export async function openPreviewLink(db: DbOrTx, { token, now = new Date() }: { token: string; now?: Date }) {
  const read = readPreviewToken(token, now);
  if ('error' in read) return refuse(read.error);
  const link = await db.previewLink.findUnique({
    where: { id: read.linkId },
    include: { createdBy: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!link) return refuse('invalid');
  if (link.revokedAt) return refuse('revoked');
  if (link.expiresAt <= now) return refuse('expired');
  const { active, ...maker } = link.createdBy;
  if (!active) return refuse('makerDeactivated');
  const article = await db.article.findFirst({
    where: { AND: [{ id: link.articleId }, articleWhereForActor(maker)] },
    include: previewArticleInclude,
  });
  if (!article) return refuse('outOfMakerScope');
  // Checked on every opening, not only when the link was made: an embargo or takedown may come later.
  const blocked = previewBlockedBecause(article, now);
  if (blocked) return refuse(blocked);
  return { article } as const;
}
