import type { DbOrTx } from '../db/client';
import type { Role } from './permissions';

/** The signed-in staff member a request acts for, as the database says now (not as the session said). */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
};

/** What the session cookie carries: only identity, never the role (roles change; cookies live on). */
export type SessionClaims = { userId: string; sessionVersion: number };

/**
 * Reads the user behind a session on every request, so a role change, a deactivation or a password
 * reset (which bumps sessionVersion) takes effect on the very next request, on every device.
 */
export async function resolveActor(db: DbOrTx, claims: SessionClaims | null): Promise<Actor | null> {
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
