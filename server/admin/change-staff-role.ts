import type { Actor } from '../auth/actor';
import type { Role } from '../auth/permissions';
import type { Db } from '../db/client';
import { assertAnotherActiveAdmin, lockStaffChange } from './admin-guard';
import { recordAudit } from './record-audit';
import type { StaffRow } from './staff.schema';
import { getStaffRow } from './staff-row';

/**
 * Changes a staff member's role; it applies from their next request (the actor is read from the
 * database every time). Demoting the last active admin, oneself included, is refused.
 */
export async function changeStaffRole({ db, actor, userId, role }: { db: Db; actor: Actor; userId: string; role: Role }): Promise<StaffRow> {
  return db.$transaction(async (tx) => {
    const before = await lockStaffChange(tx, userId);
    if (before.role === role) return getStaffRow(tx, userId);
    if (before.role === 'ADMIN' && before.active) await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      actor,
      action: 'staff.role_changed',
      targetType: 'user',
      targetId: userId,
      before: { role: before.role },
      after: { role },
    });
    return getStaffRow(tx, userId);
  });
}
