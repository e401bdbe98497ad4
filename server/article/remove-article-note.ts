import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { cacheTags } from '../site/cache-tags';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { articleWhereForActor } from './article-scope';

/**
 * Takes a public note off the article and the corrections page. A note is never deleted silently: the row
 * stays, marked removed with who, when and why, and the article's timeline records it with the note's
 * text, in one transaction. Editors and admins only, with a reason.
 */
export async function removeArticleNote({
  db,
  actor,
  noteId,
  reason,
  now = new Date(),
  revalidate,
}: {
  db: Db;
  actor: Actor;
  noteId: string;
  reason: string;
  now?: Date;
  revalidate: RevalidatePublicPages;
}): Promise<{ id: string }> {
  if (!can(actor.role, 'article.removeNote')) throw new AppError('FORBIDDEN', 'Your role cannot remove public notes.');
  const slug = await db.$transaction(async (tx) => {
    const note = await tx.articleNote.findFirst({
      where: { id: noteId, article: articleWhereForActor(actor) },
      select: { id: true, kind: true, text: true, removedAt: true, article: { select: { id: true, slug: true, state: true } } },
    });
    if (!note) throw new AppError('NOT_FOUND', 'This note does not exist.');
    // Conditional on still being shown: two editors removing it at once record one removal.
    const { count } = await tx.articleNote.updateMany({ where: { id: noteId, removedAt: null }, data: { removedAt: now, removedById: actor.id, removedReason: reason } });
    if (count === 0) throw new AppError('CONFLICT', 'This note has already been removed.');
    await tx.articleEvent.create({
      data: {
        articleId: note.article.id,
        actorId: actor.id,
        action: 'removeNote',
        fromState: note.article.state,
        toState: note.article.state,
        comment: reason,
        data: { noteId, kind: note.kind, text: note.text },
        createdAt: now,
      },
    });
    return note.article.slug;
  });
  await revalidate([cacheTags.article(slug), cacheTags.corrections, cacheTags.feed]);
  return { id: noteId };
}
