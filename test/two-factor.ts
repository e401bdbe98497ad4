import { generate } from 'otplib';
import { actorFor } from './factories';
import type { Db } from '../server/db/client';
import { databaseRateLimits } from '../server/auth/rate-limits';
import { confirmTwoFactorEnrolment } from '../server/auth/two-factor/confirm-enrolment';
import { startTwoFactorEnrolment } from '../server/auth/two-factor/start-enrolment';
import type { Role } from '../server/auth/permissions';

// Two-factor secrets are sealed with a key from NEXTAUTH_SECRET; tests run without the app's.
process.env.NEXTAUTH_SECRET ??= 'integration-tests-two-factor-secret';

/** The 30-second TOTP step now, plus `stepsAhead`. */
export const totpStep = (stepsAhead = 0) => Math.floor(Date.now() / 30_000) + stepsAhead;

/** The code an authenticator app shows `stepsAhead` 30-second steps from now (1 = the next one). */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return totpCodeAt(secret, totpStep(stepsAhead));
}

export function totpCodeAt(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * 30 });
}

/** Turns two-factor sign-in on for a user as the profile page does; returns the secret and recovery codes. */
export async function enrolTwoFactor(db: Db, user: { id: string; name: string; email: string; role: Role }) {
  const actor = actorFor(user);
  const { secret } = await startTwoFactorEnrolment({ db, actor });
  const { recoveryCodes } = await confirmTwoFactorEnrolment({ db, limits: databaseRateLimits(db), actor, code: await totpCode(secret), ip: null });
  return { secret, recoveryCodes };
}
