import { z } from 'zod';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { authenticate, WRONG_CREDENTIALS } from './authenticate';
import type { RateLimits } from './rate-limits';
import { SECOND_FACTOR_REQUIRED, WRONG_SECOND_FACTOR } from './sign-in-messages';
import { signInSchema } from './sign-in.schema';
import { verifySecondFactor } from './two-factor/verify-second-factor';

const codeSchema = z.object({ code: z.string().trim().min(1).max(40).optional().catch(undefined) });

/**
 * Staff sign-in: email and password, then (for those who turned it on) a code from their authenticator
 * app or a recovery code, sent with the password again (the form keeps both; nothing is half-signed-in).
 * Every step is rate-limited per account and per address (server/auth/rate-limits.ts): a blocked caller
 * is refused before the password is even checked, so a guess made while blocked reveals nothing.
 */
export async function signIn({ db, limits, input, ip }: { db: Db; limits: RateLimits; input: unknown; ip: string | null }): Promise<{ userId: string }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError('BAD_REQUEST', WRONG_CREDENTIALS);
  const passwordKeys = { account: parsed.data.email, ip };
  await limits.assertAllowed('signIn', passwordKeys);
  let claims: { userId: string };
  try {
    claims = await authenticate(db, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHORIZED') await limits.recordFailure('signIn', passwordKeys);
    throw error;
  }
  const code = codeSchema.parse(input ?? {}).code;
  const factor = await db.userTwoFactor.findUnique({ where: { userId: claims.userId }, select: { confirmedAt: true } });
  if (factor?.confirmedAt) {
    if (!code) throw new AppError('UNAUTHORIZED', SECOND_FACTOR_REQUIRED);
    const codeKeys = { account: claims.userId, ip };
    await limits.assertAllowed('secondFactor', codeKeys);
    if (!(await verifySecondFactor({ db, userId: claims.userId, code }))) {
      await limits.recordFailure('secondFactor', codeKeys);
      throw new AppError('UNAUTHORIZED', WRONG_SECOND_FACTOR);
    }
    await limits.recordSuccess('secondFactor', codeKeys);
  }
  await limits.recordSuccess('signIn', passwordKeys);
  return claims;
}
