import type { RateLimits } from '../auth/rate-limits';
import type { Db } from '../db/client';
import { checkResetToken } from './check-reset-token';
import type { ResetTokenStatus } from './staff.schema';

/**
 * What the public set-password page shows for a link. An unknown token counts against the caller's
 * address like a failed password (server/auth/rate-limits.ts), so the page cannot be used to probe tokens.
 */
export async function lookUpResetToken({ db, limits, ip, token }: { db: Db; limits: RateLimits; ip: string | null; token: string }): Promise<ResetTokenStatus> {
  await limits.assertAllowed('passwordReset', { ip });
  const status = await checkResetToken({ db, token });
  if (status.status === 'unknown') await limits.recordFailure('passwordReset', { ip });
  return status;
}
