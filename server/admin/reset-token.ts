import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../db/client';
import type { ResetLink } from './staff.schema';

export const RESET_LINK_HOURS = 24;

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a set-password link for a user, inside the caller's transaction. Only the SHA-256 of the token is
 * stored: a leaked database backup holds no usable link. Earlier unused links for the user stop working,
 * so only the newest link the admin handed out is live.
 */
export async function issueResetToken(tx: Tx, { userId, now }: { userId: string; now: Date }): Promise<ResetLink> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60 * 1000);
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  await tx.passwordResetToken.create({ data: { tokenHash: hashResetToken(token), userId, expiresAt } });
  return { userId, path: `/reset-password/${token}`, expiresAt };
}
