import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';
import { staffBylineIds } from '../article/workflow-facts';
import { planContentEdit } from '../workflow/edit';

/** A browser beats this often; someone unseen for PRESENCE_TTL is gone (a closed tab expires on its own). */
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;
/** The typing lock lasts this long past the last keystroke's heartbeat. */
export const TYPING_LOCK_MS = 20_000;

export const presenceSchema = z.object({
  others: z.array(z.object({ userId: z.string(), name: z.string() })),
  /** Who holds the typing lock, when it is not the caller. */
  typingBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  /** The caller holds the typing lock. */
  holdsLock: z.boolean(),
});
export type Presence = z.infer<typeof presenceSchema>;

async function lockedArticle(tx: Tx, actor: Actor, articleId: string) {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId}::uuid FOR UPDATE`;
  const article = await tx.article.findFirst({
    where: { AND: [{ id: articleId }, articleWhereForActor(actor)] },
    select: { id: true, state: true, lockedById: true, lockExpiresAt: true, lockedBy: { select: { name: true } }, bylines: { select: { userId: true } } },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
  return article;
}

/**
 * The typing lock warns others off an article, so only someone who may edit it now takes it: the
 * workflow's own edit rule decides (a reader of a live article, or its author while it is in review,
 * would otherwise block the people who can edit it). Throws the rule's FORBIDDEN or CONFLICT.
 */
function assertMayEdit(actor: Actor, article: Awaited<ReturnType<typeof lockedArticle>>): void {
  planContentEdit({
    actor: { kind: 'staff', id: actor.id, role: actor.role },
    article: { state: article.state, bylineUserIds: staffBylineIds(article.bylines) },
  });
}

/**
 * The heartbeat: records that the actor has the article open and, when they are typing, takes the typing
 * lock unless someone else holds a live one. Answers who else is here and who is typing, so the screen
 * can warn before two people type over each other. (Saves are still version-checked whatever this says.)
 */
export async function beat(db: Db, { actor, articleId, typing, now = new Date() }: { actor: Actor; articleId: string; typing: boolean; now?: Date }): Promise<Presence> {
  return db.$transaction(async (tx) => {
    const article = await lockedArticle(tx, actor, articleId);
    if (typing) assertMayEdit(actor, article);
    await tx.articlePresence.upsert({
      where: { articleId_userId: { articleId, userId: actor.id } },
      create: { articleId, userId: actor.id, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    const lockLive = article.lockedById !== null && article.lockExpiresAt !== null && article.lockExpiresAt > now;
    const heldByOther = lockLive && article.lockedById !== actor.id;
    if (typing && !heldByOther) {
      await tx.article.update({ where: { id: articleId }, data: { lockedById: actor.id, lockExpiresAt: new Date(now.getTime() + TYPING_LOCK_MS) } });
    }
    const others = await tx.articlePresence.findMany({
      where: { articleId, userId: { not: actor.id }, lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
      select: { userId: true, user: { select: { name: true } } },
      orderBy: { lastSeenAt: 'desc' },
    });
    return {
      others: others.map((row) => ({ userId: row.userId, name: row.user.name })),
      typingBy: heldByOther ? { userId: article.lockedById!, name: article.lockedBy?.name ?? 'Someone' } : null,
      holdsLock: (typing && !heldByOther) || (lockLive && article.lockedById === actor.id),
    };
  });
}

/** An editor takes the typing lock from whoever holds it, explicitly (it is logged in the timeline). */
export async function takeOver(db: Db, { actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }) {
  if (!can(actor.role, 'article.editAny')) throw new AppError('FORBIDDEN', 'Only editors can take over an article someone else is editing.');
  return db.$transaction(async (tx) => {
    const article = await lockedArticle(tx, actor, articleId);
    assertMayEdit(actor, article);
    await tx.article.update({ where: { id: articleId }, data: { lockedById: actor.id, lockExpiresAt: new Date(now.getTime() + TYPING_LOCK_MS) } });
    await tx.articleEvent.create({
      data: { articleId, actorId: actor.id, action: 'takeOver', comment: article.lockedBy ? `Took over from ${article.lockedBy.name}` : null },
    });
    return { holdsLock: true };
  });
}
