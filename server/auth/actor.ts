import type { DbOrTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { plainQuery } from '../db/plain-sql';
import { idleCutoff } from '../session/session-policy';
import { touchSession } from '../session/touch-session';
import type { Role } from './permissions';

/** The signed-in staff member a request acts for, as the database says now (not as the session said). */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
};

/** What the session cookie carries: only identity and its session row, never the role (roles change; cookies live on). */
export type SessionClaims = { userId: string; sessionId: string };

/**
 * Reads the session row and its user on every request, so a sign-out, an ended session, a role change or
 * a deactivation takes effect on the very next request, on every device. A cookie is only as good as its
 * row: a copy of it stops working when the row is ended, whoever still holds it.
 */
export async function resolveActor(db: DbOrTx, claims: SessionClaims | null, now = new Date()): Promise<Actor | null> {
  if (!claims?.sessionId) return null;
  // One statement (every request asks, an autosave every second or two): the session row and its user,
  // on the pool directly (plain-sql.ts).
  const [session] = await plainQuery<{ id: string; userId: string; endedAt: Date | null; lastSeenAt: Date; name: string; email: string; role: Role; active: boolean }>(
    db,
    Prisma.sql`
    SELECT s.id::text, s."userId"::text AS "userId", s."endedAt", s."lastSeenAt", u.name, u.email, u.role::text AS role, u.active
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${claims.sessionId}::uuid`,
  );
  if (!session || session.endedAt || session.userId !== claims.userId || session.lastSeenAt <= idleCutoff(now)) return null;
  if (!session.active) return null;
  await touchSession(db, { session, now });
  return { id: session.userId, name: session.name, email: session.email, role: session.role };
}
