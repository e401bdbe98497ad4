import type { Tx } from '../db/client';
import { AppError } from '../errors';

export const LAST_ADMIN =
  'This is the last active admin: the newsroom would have nobody left to manage staff. Make someone else an admin first.';

/**
 * Locks every active admin row (in id order, so concurrent callers queue in the same order and cannot
 * deadlock), plus the target's row, then reads the target. Must be the first statement of the transaction.
 *
 * Why a lock: two admins demoting each other at once would each count two admins and both succeed,
 * leaving none. With the rows locked the second transaction waits, then re-reads the rows (PostgreSQL
 * re-checks a locked row's WHERE after the first commits) and sees one admin.
 */
export async function lockStaffChange(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, active: true } });
  if (!user) throw new AppError('NOT_FOUND', 'This staff member does not exist.');
  return user;
}

/** Refuses a change that would leave no active admin. Call after lockStaffChange, in the same transaction. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: userId } } });
  if (others === 0) throw new AppError('PRECONDITION_FAILED', LAST_ADMIN);
}
