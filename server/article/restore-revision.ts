import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { snapshotContent } from './revisions';
import { saveArticle } from './save-article';

/**
 * Brings back an earlier revision as the article's current content. Nothing is rewritten: the restore is
 * a new save (same rules, same version check) recorded as a "restore" revision and logged in the timeline.
 */
export async function restoreRevision({
  db,
  actor,
  articleId,
  revisionId,
  expectedVersion,
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  revisionId: string;
  expectedVersion: number;
  revalidate: RevalidatePublicPages;
}) {
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } });
  if (!revision) throw new AppError('NOT_FOUND', 'This revision does not belong to this article.');
  return saveArticle({
    db,
    actor,
    articleId,
    expectedVersion,
    content: snapshotContent(revision.snapshot),
    restoredFrom: revisionId,
    revalidate,
  });
}
