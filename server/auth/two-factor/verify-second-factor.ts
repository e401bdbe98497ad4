import type { Db } from '../../db/client';
import { recordAudit } from '../../admin/record-audit';
import { looksLikeRecoveryCode, recoveryCodeMatches } from './recovery-codes';
import { openSecret } from './secret-box';
import { checkTotp, looksLikeTotpCode } from './totp';

/**
 * Checks a code from the user's authenticator app, or one of their recovery codes, and uses it up:
 * the TOTP step is recorded with a conditional update (a second request with the same code, even
 * concurrently, finds the step taken), a recovery code is marked used the same way. Only confirmed
 * enrolments count. No rate limiting here: callers go through server/auth/rate-limits.ts.
 */
export async function verifySecondFactor({ db, userId, code, now = new Date() }: { db: Db; userId: string; code: string; now?: Date }): Promise<boolean> {
  if (looksLikeTotpCode(code)) {
    const factor = await db.userTwoFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, confirmedAt: true, lastTimeStep: true } });
    if (!factor?.confirmedAt) return false;
    const step = await checkTotp({ secret: openSecret(factor.secretEncrypted), code, lastTimeStep: factor.lastTimeStep, now });
    if (step === null) return false;
    const claimed = await db.userTwoFactor.updateMany({
      where: { userId, confirmedAt: { not: null }, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: step } }] },
      data: { lastTimeStep: step },
    });
    return claimed.count === 1;
  }
  if (looksLikeRecoveryCode(code)) return useRecoveryCode({ db, userId, code, now });
  return false;
}

async function useRecoveryCode({ db, userId, code, now }: { db: Db; userId: string; code: string; now: Date }): Promise<boolean> {
  const unused = await db.recoveryCode.findMany({ where: { userId, usedAt: null, user: { twoFactor: { confirmedAt: { not: null } } } }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (!(await recoveryCodeMatches(candidate.codeHash, code))) continue;
    return db.$transaction(async (tx) => {
      const claimed = await tx.recoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) return false;
      const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
      await recordAudit(tx, { actor: { id: userId }, action: 'staff.recovery_code_used', targetType: 'user', targetId: userId, after: { recoveryCodesLeft: left } });
      return true;
    });
  }
  return false;
}
