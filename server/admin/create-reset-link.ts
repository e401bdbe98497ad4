import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordAudit } from './record-audit';
import { issueResetToken } from './reset-token';
import type { ResetLink } from './staff.schema';

/**
 * A new set-password link for an active staff member (forgotten password, or a lost invitation). The
 * link is returned once; earlier unused links for the same person stop working.
 */
export async function createResetLink({ db, actor, userId, now = new Date() }: { db: Db; actor: Actor; userId: string; now?: Date }): Promise<ResetLink> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!user) throw new AppError('NOT_FOUND', 'This staff member does not exist.');
    if (!user.active) throw new AppError('PRECONDITION_FAILED', 'This account is deactivated. Reactivate it before sending a set-password link.');
    const link = await issueResetToken(tx, { userId, now });
    await recordAudit(tx, {
      actor,
      action: 'staff.reset_link_created',
      targetType: 'user',
      targetId: userId,
      after: { expiresAt: link.expiresAt.toISOString() },
    });
    return link;
  });
}
