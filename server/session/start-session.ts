import type { DbOrTx } from '../db/client';
import type { SessionMethod } from './session-policy';

/** What the request that signed in says about the device; shown to the user, never trusted for access. */
export type SessionOrigin = { userAgent: string; ipAddress: string };

/** Records a new signed-in device; the returned id goes into the session cookie. */
export async function startSession({
  db,
  userId,
  method,
  origin,
  now = new Date(),
}: {
  db: DbOrTx;
  userId: string;
  method: SessionMethod;
  origin: SessionOrigin;
  now?: Date;
}): Promise<string> {
  const session = await db.userSession.create({
    data: {
      userId,
      method,
      userAgent: origin.userAgent.slice(0, 500),
      ipAddress: origin.ipAddress.slice(0, 100),
      createdAt: now,
      lastSeenAt: now,
    },
    select: { id: true },
  });
  return session.id;
}
