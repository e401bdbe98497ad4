import type { Actor } from '../actor';
import type { RateLimits } from '../rate-limits';
import { recordAudit } from '../../admin/record-audit';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { verifySecondFactor } from './verify-second-factor';

export const WRONG_CURRENT_CODE = 'That code is not right. Type a current code from your app, or one of your recovery codes.';

/**
 * The user turns two-factor sign-in off. A current code (or a recovery code) is required: a session left
 * open on a shared computer must not be enough to remove the second factor. If their role requires
 * two-factor sign-in, they are sent to set it up again on their next page.
 */
export async function disableTwoFactor({ db, limits, actor, code, ip }: { db: Db; limits: RateLimits; actor: Actor; code: string; ip: string | null }) {
  const keys = { account: actor.id, ip };
  await limits.assertAllowed('secondFactor', keys);
  if (!(await verifySecondFactor({ db, userId: actor.id, code }))) {
    await limits.recordFailure('secondFactor', keys);
    throw new AppError('BAD_REQUEST', WRONG_CURRENT_CODE);
  }
  await limits.recordSuccess('secondFactor', keys);
  await db.$transaction(async (tx) => {
    await tx.userTwoFactor.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, { actor, action: 'staff.two_factor_disabled', targetType: 'user', targetId: actor.id });
  });
}
