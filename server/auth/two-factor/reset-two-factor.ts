import type { Actor } from '../actor';
import { recordAudit } from '../../admin/record-audit';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { endUserSessions } from '../../session/end-user-sessions';

/**
 * An admin removes a staff member's authenticator app and recovery codes (a lost phone). Every session
 * of theirs ends: whoever holds the phone or a session keeps nothing. If their role
 * requires two-factor sign-in they set up a new app at their next sign-in. Audited.
 */
export async function resetTwoFactor({ db, actor, userId }: { db: Db; actor: Actor; userId: string }) {
  await db.$transaction(async (tx) => {
    const removed = await tx.userTwoFactor.deleteMany({ where: { userId } });
    if (removed.count === 0) throw new AppError('NOT_FOUND', 'This person has no two-factor sign-in to reset.');
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const sessionsEnded = await endUserSessions(tx, { userId });
    await recordAudit(tx, { actor, action: 'staff.two_factor_reset', targetType: 'user', targetId: userId, after: { sessionsEnded } });
  });
}
