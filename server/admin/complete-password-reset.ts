import { hashPassword } from '../auth/password';
import type { RateLimits } from '../auth/rate-limits';
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
 * Bad links count against the caller's address (server/auth/rate-limits.ts): nobody can try tokens by
 * the thousand.
 */
export async function completePasswordReset({
  db,
  limits,
  ip,
  token,
  password,
  now = new Date(),
}: {
  db: Db;
  limits: RateLimits;
  ip: string | null;
  token: string;
  password: string;
  now?: Date;
}): Promise<{ email: string }> {
  await limits.assertAllowed('passwordReset', { ip });
  // Hashed before the transaction: argon2 is slow on purpose and must not hold a row lock.
  const passwordHash = await hashPassword(password);
  const tokenHash = hashResetToken(token);
  return setPassword({ db, tokenHash, token, passwordHash, now }).catch(async (error: unknown) => {
    // Counted after the transaction ended: inside it only `tx` may be used (PGlite serializes them).
    if (error instanceof AppError) await limits.recordFailure('passwordReset', { ip });
    throw error;
  });
}

function setPassword({ db, tokenHash, token, passwordHash, now }: { db: Db; tokenHash: string; token: string; passwordHash: string; now: Date }) {
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
