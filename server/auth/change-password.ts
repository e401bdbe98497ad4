import { recordAudit } from '../admin/record-audit';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { endUserSessions } from '../session/end-user-sessions';
import type { Actor } from './actor';
import { hashPassword, verifyPassword } from './password';
import type { RateLimits } from './rate-limits';

export const WRONG_CURRENT_PASSWORD = 'Your current password is not right.';

/**
 * A staff member changes their own password. The current one is required (an unattended session must
 * not be enough to take the account over) and rate-limited like sign-in. Every other session ends
 * (whoever else was signed in with the old password is out); the one asking, `sessionId`, stays.
 */
export async function changePassword({
  db,
  limits,
  actor,
  sessionId,
  currentPassword,
  password,
}: {
  db: Db;
  limits: RateLimits;
  actor: Actor;
  sessionId: string | null;
  currentPassword: string;
  password: string;
}): Promise<{ sessionsEnded: number }> {
  const keys = { account: actor.id };
  await limits.assertAllowed('reauthenticate', keys);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await limits.recordFailure('reauthenticate', keys);
    throw new AppError('BAD_REQUEST', WRONG_CURRENT_PASSWORD, { problems: ['currentPassword'] });
  }
  await limits.recordSuccess('reauthenticate', keys);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Conditional on the hash just checked: two changes at once cannot both pass on the old password.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (changed.count !== 1) throw new AppError('CONFLICT', 'Your password was just changed elsewhere. Sign in again.');
    const sessionsEnded = await endUserSessions(tx, { userId: actor.id, exceptSessionId: sessionId });
    await recordAudit(tx, { actor, action: 'staff.password_changed', targetType: 'user', targetId: actor.id, after: { sessionsEnded } });
    return { sessionsEnded };
  });
}
