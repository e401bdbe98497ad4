import type { Actor } from '../actor';
import type { DbOrTx } from '../../db/client';
import { Prisma } from '../../db/generated/client';
import { plainQuery } from '../../db/plain-sql';
import { newsroomSettings } from '../../site/published-articles';

/** Whether the actor's role must sign in with a second factor (newsroom setting), and whether they do. */
export async function twoFactorStatus(db: DbOrTx, actor: Pick<Actor, 'id' | 'role'>) {
  const [factor, settings, recoveryCodesLeft] = await Promise.all([
    db.userTwoFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    newsroomSettings(db),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  const enabled = Boolean(factor?.confirmedAt);
  return { enabled, required: settings.twoFactorRoles.includes(actor.role), recoveryCodesLeft: enabled ? recoveryCodesLeft : 0 };
}

/**
 * True while the actor's role requires two-factor sign-in and they have not set it up: they may then use
 * only the setup screen (the desk layout sends them there; staff procedures refuse them). Only for a
 * password sign-in: a single sign-on session (its UserSession row's method is "sso") is trusted as the
 * identity provider's own multi-factor check, so it is neither asked for a code nor forced to enrol. A
 * caller without a session row (scripts, tests) is treated as a password sign-in: the stricter answer.
 */
export async function twoFactorEnrolmentDue(
  db: DbOrTx,
  { actor, sessionId }: { actor: Pick<Actor, 'id' | 'role'>; sessionId: string | null | undefined },
): Promise<boolean> {
  // One round trip (every staff request asks, on the pool directly: plain-sql.ts): the factor, the
  // newsroom's rule (ADMIN when unset), the session's method.
  const [row] = await plainQuery<{ enrolled: boolean; required: boolean; method: string | null }>(
    db,
    Prisma.sql`
    SELECT
      EXISTS (SELECT 1 FROM "UserTwoFactor" f WHERE f."userId" = ${actor.id}::uuid AND f."confirmedAt" IS NOT NULL) AS enrolled,
      COALESCE((SELECT ${actor.role}::"Role" = ANY (ns."twoFactorRoles") FROM "NewsroomSettings" ns WHERE ns.id = 1), ${actor.role} = 'ADMIN') AS required,
      (SELECT s.method FROM "UserSession" s WHERE s.id = ${sessionId ?? null}::uuid) AS method`,
  );
  if (!row || row.enrolled || !row.required) return false;
  return row.method !== 'sso';
}
