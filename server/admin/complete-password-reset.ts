import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { checkResetToken, RESET_TOKEN_MESSAGES } from './check-reset-token';
import { endUserSessions } from '../session/end-user-sessions';
import { recordAudit } from './record-audit';
import { hashResetToken } from './reset-token';

/**
 * Sets a new password through a one-time link: the token is claimed with a conditional update (unused,
 * unexpired), so two submissions of one link cannot both succeed. Every session of the account ends: any
 * session opened with the old password stops working.
 */
export async function completePasswordReset({
  db,
  token,
  password,
  now = new Date(),
}: {
  db: Db;
  token: string;
  password: string;
  now?: Date;
}): Promise<{ email: string }> {
  // Hashed before the transaction: argon2 is slow on purpose and must not hold a row lock.
  const passwordHash = await hashPassword(password);
  const tokenHash = hashResetToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) {
      const { status } = await checkResetToken({ db: tx, token, now });
      throw new AppError('BAD_REQUEST', status === 'valid' ? RESET_TOKEN_MESSAGES.used : RESET_TOKEN_MESSAGES[status]);
    }
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true, email: true } });
    const sessionsEnded = await endUserSessions(tx, { userId, now });
    await recordAudit(tx, {
      actor: { id: user.id },
      action: 'staff.password_set',
      targetType: 'user',
      targetId: user.id,
      after: { sessionsEnded },
    });
    return { email: user.email };
  });
}
