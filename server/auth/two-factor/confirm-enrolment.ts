import type { Actor } from '../actor';
import type { RateLimits } from '../rate-limits';
import { recordAudit } from '../../admin/record-audit';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { openSecret } from './secret-box';
import { checkTotp } from './totp';

export const WRONG_CODE = 'That code is not right. Type the 6 digits your app shows now.';
export const NO_ENROLMENT = 'Start the setup again: scan the QR code, then type the code.';

/**
 * Turns two-factor sign-in on once the user proves the app works (a code from the pending secret), and
 * returns new recovery codes, shown this once; only their argon2 hashes are stored. Wrong codes count
 * against the account's second-factor limit like any other.
 */
export async function confirmTwoFactorEnrolment({
  db,
  limits,
  actor,
  code,
  ip,
  now = new Date(),
}: {
  db: Db;
  limits: RateLimits;
  actor: Actor;
  code: string;
  ip: string | null;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const keys = { account: actor.id, ip };
  await limits.assertAllowed('secondFactor', keys);
  const pending = await db.userTwoFactor.findUnique({ where: { userId: actor.id }, select: { secretEncrypted: true, confirmedAt: true } });
  if (!pending || pending.confirmedAt) throw new AppError('CONFLICT', NO_ENROLMENT);
  const step = await checkTotp({ secret: openSecret(pending.secretEncrypted), code, lastTimeStep: null, now });
  if (step === null) {
    await limits.recordFailure('secondFactor', keys);
    throw new AppError('BAD_REQUEST', WRONG_CODE);
  }
  await limits.recordSuccess('secondFactor', keys);
  const recoveryCodes = newRecoveryCodes();
  const codeHashes = await Promise.all(recoveryCodes.map(hashRecoveryCode));
  await db.$transaction(async (tx) => {
    // Only this pending secret is confirmed: a setup restarted in another tab meanwhile makes this one void.
    const confirmed = await tx.userTwoFactor.updateMany({
      where: { userId: actor.id, confirmedAt: null, secretEncrypted: pending.secretEncrypted },
      data: { confirmedAt: now, lastTimeStep: step },
    });
    if (confirmed.count !== 1) throw new AppError('CONFLICT', NO_ENROLMENT);
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId: actor.id, codeHash })) });
    await recordAudit(tx, { actor, action: 'staff.two_factor_enabled', targetType: 'user', targetId: actor.id });
  });
  return { recoveryCodes };
}
