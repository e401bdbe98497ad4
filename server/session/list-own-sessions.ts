import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { deviceSummary } from './device-summary';
import type { OwnSession } from './session.schema';
import { idleCutoff } from './session-policy';

/** The actor's live sessions, most recently used first, with the one making this request marked. */
export async function listOwnSessions({
  db,
  actor,
  currentSessionId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  currentSessionId: string | null;
  now?: Date;
}): Promise<OwnSession[]> {
  const rows = await db.userSession.findMany({
    where: { userId: actor.id, endedAt: null, lastSeenAt: { gt: idleCutoff(now) } },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
    select: { id: true, method: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
  });
  return rows.map(({ userAgent, method, ...row }) => ({
    ...row,
    device: deviceSummary(userAgent),
    method: method === 'sso' ? 'sso' : 'password',
    current: row.id === currentSessionId,
  }));
}
