import type { DbOrTx } from '../db/client';

/**
 * Ends the session a sign-out came from, so its cookie (or any copy of it) is refused from now on,
 * not only deleted from this one browser.
 */
export async function endSignedOutSession({ db, sessionId, now = new Date() }: { db: DbOrTx; sessionId: string; now?: Date }): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
