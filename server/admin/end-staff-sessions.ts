import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { endUserSessions } from '../session/end-user-sessions';
import { recordAudit } from './record-audit';

/**
 * An admin signs a staff member out on every device (a lost laptop, a shared computer), audited with
 * how many sessions ended. The account itself stays active; they can sign in again.
 */
export async function endStaffSessions({
  db,
  actor,
  userId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  userId: string;
  now?: Date;
}): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError('NOT_FOUND', 'This staff member does not exist.');
    const ended = await endUserSessions(tx, { userId, now });
    await recordAudit(tx, { actor, action: 'staff.sessions_ended', targetType: 'user', targetId: userId, after: { sessionsEnded: ended } });
    return { ended };
  });
}
