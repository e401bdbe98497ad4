import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';

export const SESSION_NOT_FOUND = 'That session has already ended.';

/**
 * Ends one of the actor's own sessions (another device, or this one). The user id is part of the
 * condition on purpose: a session id belonging to someone else is answered exactly like an ended one.
 */
export async function endOwnSession({ db, actor, sessionId, now = new Date() }: { db: DbOrTx; actor: Actor; sessionId: string; now?: Date }): Promise<void> {
  const ended = await db.userSession.updateMany({ where: { id: sessionId, userId: actor.id, endedAt: null }, data: { endedAt: now } });
  if (ended.count === 0) throw new AppError('NOT_FOUND', SESSION_NOT_FOUND);
}
