import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { endUserSessions } from '../session/end-user-sessions';
import { assertAnotherActiveAdmin, lockStaffChange } from './admin-guard';
import { recordAudit } from './record-audit';
import type { StaffRow } from './staff.schema';
import { getStaffRow } from './staff-row';

/**
 * Deactivates or reactivates an account. Deactivation ends every session the person has (any device),
 * so each stops working on its next request, and voids their unused set-password links. Their
 * bylines, articles and history stay. Deactivating the last active admin is refused.
 */
export async function setStaffActive({
  db,
  actor,
  userId,
  active,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  userId: string;
  active: boolean;
  now?: Date;
}): Promise<StaffRow> {
  return db.$transaction(async (tx) => {
    const before = await lockStaffChange(tx, userId);
    if (before.active === active) return getStaffRow(tx, userId);
    if (!active && before.role === 'ADMIN') await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    const sessionsEnded = active ? 0 : await endUserSessions(tx, { userId, now });
    if (!active) {
      await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    }
    await recordAudit(tx, {
      actor,
      action: active ? 'staff.reactivated' : 'staff.deactivated',
      targetType: 'user',
      targetId: userId,
      before: { active: before.active },
      after: active ? { active } : { active, sessionsEnded },
    });
    return getStaffRow(tx, userId);
  });
}
