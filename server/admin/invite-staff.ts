import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { toSlug } from '../text/slug';
import { isUniqueViolation, recordAudit } from './record-audit';
import { issueResetToken } from './reset-token';
import type { InviteStaffInput, ResetLink, StaffRow } from './staff.schema';
import { getStaffRow } from './staff-row';

export const EMAIL_TAKEN = 'Someone on the staff list already uses this email address.';

/**
 * Creates a staff account and its one-time set-password link (shown to the admin once; sending it by
 * email is not part of Masthead yet). Until the link is used the account has a random password nobody
 * knows, so it cannot be signed in to.
 */
export async function inviteStaff({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: InviteStaffInput;
  now?: Date;
}): Promise<{ user: StaffRow; link: ResetLink }> {
  // Hashed outside the transaction: argon2 is deliberately slow and must not hold locks.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new AppError('CONFLICT', EMAIL_TAKEN);
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, slug: await freeAuthorSlug(tx, input.name), passwordHash },
        select: { id: true, name: true, email: true, role: true },
      });
      const link = await issueResetToken(tx, { userId: user.id, now });
      await recordAudit(tx, {
        actor,
        action: 'staff.invited',
        targetType: 'user',
        targetId: user.id,
        after: { name: user.name, email: user.email, role: user.role, linkExpiresAt: link.expiresAt.toISOString() },
      });
      return { user: await getStaffRow(tx, user.id), link };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', EMAIL_TAKEN);
    throw error;
  }
}

/** The public author page address: the name's slug, numbered when someone already has it. */
export async function freeAuthorSlug(tx: Tx, name: string): Promise<string> {
  const base = toSlug(name) || 'staff';
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.user.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  return `${base}-${randomBytes(3).toString('hex')}`;
}
