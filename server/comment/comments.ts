import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { Db, DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { assertCanComment } from './comment-access';
import type { addCommentSchema } from './comment.schema';

/** The thread, oldest first. */
export async function listComments(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  await assertCanComment(db, { actor, articleId });
  const rows = await db.articleComment.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      body: true,
      resolvedAt: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      anchorStart: true,
      anchorEnd: true,
      anchorQuote: true,
    },
  });
  return rows.map(({ author, anchorStart, anchorEnd, anchorQuote, ...row }) => ({
    ...row,
    authorName: author?.name ?? 'Former staff member',
    // The database keeps the three together (a check constraint), so one null means no anchor.
    anchor: anchorStart !== null && anchorEnd !== null && anchorQuote !== null ? { start: anchorStart, end: anchorEnd, quote: anchorQuote } : null,
  }));
}

/** Adds a comment (article-wide, or on words of the body) and puts it in the article's timeline, in one transaction. */
export async function addComment(db: Db, { actor, input }: { actor: Actor; input: z.infer<typeof addCommentSchema> }) {
  return db.$transaction(async (tx) => {
    await assertCanComment(tx, { actor, articleId: input.articleId });
    const comment = await tx.articleComment.create({
      data: {
        articleId: input.articleId,
        authorId: actor.id,
        body: input.body,
        anchorStart: input.anchor?.start ?? null,
        anchorEnd: input.anchor?.end ?? null,
        anchorQuote: input.anchor?.quote ?? null,
      },
      select: { id: true },
    });
    await tx.articleEvent.create({
      data: { articleId: input.articleId, actorId: actor.id, action: 'comment', comment: input.body, data: { commentId: comment.id } },
    });
    return comment;
  });
}

/** Resolves or reopens a comment; logged in the timeline. */
export async function setCommentResolved(db: Db, { actor, commentId, resolved }: { actor: Actor; commentId: string; resolved: boolean }) {
  return db.$transaction(async (tx) => {
    const comment = await tx.articleComment.findUnique({ where: { id: commentId }, select: { articleId: true, resolvedAt: true, body: true } });
    if (!comment) throw new AppError('NOT_FOUND', 'This comment does not exist.');
    await assertCanComment(tx, { actor, articleId: comment.articleId });
    if ((comment.resolvedAt !== null) === resolved) return { id: commentId, resolved };
    await tx.articleComment.update({ where: { id: commentId }, data: { resolvedAt: resolved ? new Date() : null } });
    await tx.articleEvent.create({
      data: {
        articleId: comment.articleId,
        actorId: actor.id,
        action: resolved ? 'resolveComment' : 'reopenComment',
        comment: comment.body.slice(0, 200),
        data: { commentId },
      },
    });
    return { id: commentId, resolved };
  });
}
