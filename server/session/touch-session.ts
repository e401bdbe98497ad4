import type { DbOrTx } from '../db/client';
import { LAST_SEEN_GRANULARITY_MS } from './session-policy';

/**
 * Moves "last seen" forward when it is more than a minute old. The condition is in the UPDATE too, so
 * concurrent requests write at most once per minute between them, and a busy desk costs one small write
 * a minute per device, not one per request.
 */
export async function touchSession(db: DbOrTx, { session, now }: { session: { id: string; lastSeenAt: Date }; now: Date }): Promise<void> {
  const stale = new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS);
  if (session.lastSeenAt > stale) return;
  await db.userSession.updateMany({ where: { id: session.id, endedAt: null, lastSeenAt: { lte: stale } }, data: { lastSeenAt: now } });
}
