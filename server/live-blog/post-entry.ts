import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { recordContributions } from '../article/workflow-facts';
import { notifyWorkflowStep } from '../notifications/notify-workflow';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { decideEntryPost } from '../workflow/live-blog';
import { lockLiveBlog, tagsTouchedByEntry } from './lock-live-blog';

/**
 * Posts an entry to a live blog, as THE rules say (workflow/live-blog.ts): shown at once, or waiting for an
 * editor. The entry, its ArticleEvent, the editors' notifications of a waiting one and the poster's part
 * in the article (a writer before it is live, a corrector after: the four-eyes rule reads both) are
 * written in one transaction; readers' pages are revalidated once it commits, when it is shown.
 */
export async function postEntry({
  db,
  actor,
  articleId,
  text,
  now = new Date(),
  revalidate,
}: {
  db: Db;
  actor: Actor;
  articleId: string;
  text: string;
  now?: Date;
  revalidate: RevalidatePublicPages;
}) {
  const { entry, tags } = await db.$transaction(async (tx) => {
    const article = await lockLiveBlog(tx, { actor, articleId });
    const { status, live } = decideEntryPost({ actor: { kind: 'staff', id: actor.id, role: actor.role }, article: article.rules });
    const entry = await tx.liveBlogEntry.create({
      data: { articleId, authorId: actor.id, text, status, postedAt: status === 'POSTED' ? now : null, createdAt: now },
      select: { id: true, status: true, version: true },
    });
    const action = status === 'POSTED' ? 'liveBlogEntryPosted' : 'liveBlogEntryQueued';
    await tx.articleEvent.create({ data: { articleId, actorId: actor.id, action, data: { entryId: entry.id }, createdAt: now } });
    // A waiting entry is news to the editors who may post it.
    await notifyWorkflowStep(tx, { action, article, actor: { id: actor.id, name: actor.name }, bylineUserIds: [] });
    await recordContributions(tx, { articleId, writerId: actor.id, isCorrection: article.state === 'PUBLISHED', bylineUserIds: [] });
    return { entry, tags: live ? tagsTouchedByEntry(article) : [] };
  });
  await revalidate(tags);
  return entry;
}
