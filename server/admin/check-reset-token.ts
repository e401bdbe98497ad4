import type { DbOrTx } from '../db/client';
import { hashResetToken } from './reset-token';
import type { ResetTokenStatus } from './staff.schema';

export const RESET_TOKEN_MESSAGES = {
  unknown: 'This link is not valid. Check that you copied all of it, or ask an admin for a new one.',
  expired: 'This link has expired. Ask an admin for a new one.',
  used: 'This link has already been used. If you need to change your password again, ask an admin for a new link.',
  inactive: 'This account is deactivated. Ask an admin if you think this is a mistake.',
} as const satisfies Record<Exclude<ResetTokenStatus['status'], 'valid'>, string>;

/** What a set-password link is good for, without using it up (the public page shows the form or why not). */
export async function checkResetToken({ db, token, now = new Date() }: { db: DbOrTx; token: string; now?: Date }): Promise<ResetTokenStatus> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!row) return { status: 'unknown' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt <= now) return { status: 'expired' };
  if (!row.user.active) return { status: 'inactive' };
  return { status: 'valid', name: row.user.name, email: row.user.email, expiresAt: row.expiresAt };
}
