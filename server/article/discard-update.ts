import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { snapshotContent } from './revisions';
import { saveArticle } from './save-article';

/**
 * Drops a live article's pending update: the working copy becomes the live copy again. Like a restore it
 * is a save (same lock and version check, a "restore" revision, so the discarded text stays in the
 * history), decided by the update's rules (workflow/update.ts: an editor's step, with a reason), and it
 * ends the update. Readers never saw the update, so no public page changes.
 */
export async function discardUpdate({
  db,
  actor,
  articleId,
  expectedVersion,
  comment,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  expectedVersion: number;
  comment: string;
  revalidate: RevalidatePublicPages;
}) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { liveRevision: { select: { id: true, snapshot: true } } } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist.');
  if (!article.liveRevision) throw new AppError('CONFLICT', "This article has no pending update, so it can't be discarded.");
  return saveArticle({
    db,
    actor,
    articleId,
    expectedVersion,
    content: snapshotContent(article.liveRevision.snapshot),
    restoredFrom: article.liveRevision.id,
    discardingUpdate: { comment },
    revalidate,
  });
}
