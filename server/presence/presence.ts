import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from '../article/article-scope';

/** A browser beats this often; someone unseen for PRESENCE_TTL is gone (a closed tab expires on its own). */
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;

export const presenceSchema = z.object({
  others: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type Presence = z.infer<typeof presenceSchema>;

/**
 * The heartbeat: records that the actor has the article open and answers who else has. Nobody waits for
 * anybody any more (co-editing merges everyone's typing), so this only says who is here; where their
 * carets are comes from the shared document's awareness.
 */
export async function beat(db: Db, { actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }): Promise<Presence> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { AND: [{ id: articleId }, articleWhereForActor(actor)] }, select: { id: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
    await tx.articlePresence.upsert({
      where: { articleId_userId: { articleId, userId: actor.id } },
      create: { articleId, userId: actor.id, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    const others = await tx.articlePresence.findMany({
      where: { articleId, userId: { not: actor.id }, lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
      select: { userId: true, user: { select: { name: true } } },
      orderBy: { lastSeenAt: 'desc' },
    });
    return { others: others.map((row) => ({ userId: row.userId, name: row.user.name })) };
  });
}
