import type { DbOrTx } from '../db/client';

/**
 * Ends every open session of a user (but `exceptSessionId`, the device asking, when given). The one
 * "sign out everywhere": deactivation, password resets, "end all other sessions" and the admin's
 * "end sessions" all go through it. Returns how many were ended.
 */
export async function endUserSessions(
  db: DbOrTx,
  { userId, exceptSessionId, now = new Date() }: { userId: string; exceptSessionId?: string | null; now?: Date },
): Promise<number> {
  const ended = await db.userSession.updateMany({
    where: { userId, endedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { endedAt: now },
  });
  return ended.count;
}
