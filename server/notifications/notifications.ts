import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';

/** The header's bell: the actor's latest notifications and how many are unread. */
export async function listNotifications(db: DbOrTx, { actor, limit }: { actor: Actor; limit: number }) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: { id: true, articleId: true, kind: true, message: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items, unread };
}

/** Marks the given notifications (or all, when ids is omitted) read; only the actor's own. */
export async function markNotificationsRead(db: DbOrTx, { actor, ids }: { actor: Actor; ids?: string[] }) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids && { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
