import type { Tx } from '../db/client';
import type { Prisma } from '../db/generated/client';

/** Saves by one author within this window are one revision: autosave must not bury the history. */
export const REVISION_COALESCE_MS = 5 * 60 * 1000;

/** Snapshots the saved content, folding it into the author's latest revision when that is recent. */
export async function recordRevision(
  tx: Tx,
  {
    articleId,
    authorId,
    articleVersion,
    content,
    reason = 'edit',
  }: { articleId: string; authorId: string; articleVersion: number; content: object; reason?: string },
): Promise<void> {
  const snapshot = content as Prisma.InputJsonValue;
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, authorId: true, reason: true, createdAt: true },
  });
  const coalesce =
    reason === 'edit' &&
    latest?.reason === 'edit' &&
    latest.authorId === authorId &&
    Date.now() - latest.createdAt.getTime() < REVISION_COALESCE_MS;
  if (coalesce) {
    await tx.articleRevision.update({ where: { id: latest.id }, data: { snapshot, articleVersion } });
  } else {
    await tx.articleRevision.create({ data: { articleId, authorId, articleVersion, snapshot, reason } });
  }
}
