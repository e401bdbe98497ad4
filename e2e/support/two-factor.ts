import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'otplib';
import type { Db } from '../../server/db/client';
import { openSecret, sealSecret } from '../../server/auth/two-factor/secret-box';
import { E2E_DATA_DIR } from './environment';

/** The authenticator app the fixtures give staff whose role requires two-factor sign-in (the demo admin). */
export const FIXTURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The e2e server's NEXTAUTH_SECRET (`npm start` made it in the data folder), which seals TOTP secrets. */
export function e2eServerSecret(): string {
  return readFileSync(path.resolve(E2E_DATA_DIR, 'auth-secret'), 'utf8').trim();
}

/** The code this person's authenticator app shows now, from the secret stored (sealed) for them. */
export async function currentCode(db: Db, userId: string): Promise<string> {
  const { secretEncrypted } = await db.userTwoFactor.findUniqueOrThrow({ where: { userId } });
  return generate({ secret: openSecret(secretEncrypted, e2eServerSecret()) });
}

/**
 * For API sign-in of someone who needs a second factor: sets up the fixture app if their role requires
 * one and they have none, forgets the last step used (tests sign the same person in several times within
 * 30 seconds; the single-use rule has its own tests) and returns the current code. Undefined when their
 * sign-in asks for no code.
 */
export async function fixtureSecondFactor(db: Db, email: string): Promise<string | undefined> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, twoFactor: { select: { confirmedAt: true } } } });
  const settings = await db.newsroomSettings.findUnique({ where: { id: 1 }, select: { twoFactorRoles: true } });
  const required = (settings?.twoFactorRoles ?? ['ADMIN']).includes(user.role);
  if (!user.twoFactor?.confirmedAt && !required) return undefined;
  if (!user.twoFactor?.confirmedAt) {
    await db.userTwoFactor.deleteMany({ where: { userId: user.id } });
    await db.userTwoFactor.create({ data: { userId: user.id, secretEncrypted: sealSecret(FIXTURE_TOTP_SECRET, e2eServerSecret()), confirmedAt: new Date() } });
  }
  await db.userTwoFactor.update({ where: { userId: user.id }, data: { lastTimeStep: null } });
  return currentCode(db, user.id);
}
