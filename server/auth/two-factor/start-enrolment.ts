import QRCode from 'qrcode';
import type { Actor } from '../actor';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { newsroomSettings } from '../../site/published-articles';
import { sealSecret } from './secret-box';
import { newTotpSecret, totpUri } from './totp';

export const ALREADY_ENABLED = 'Two-factor sign-in is already on. Turn it off first to set up another app.';

/**
 * Begins setting up an authenticator app: a new secret, kept encrypted as an unconfirmed enrolment (it
 * guards nothing until a code from it is typed, see confirm-enrolment.ts). Starting again replaces it.
 * The secret is returned once, as a QR code and as text for typing in by hand.
 */
export async function startTwoFactorEnrolment({ db, actor }: { db: Db; actor: Actor }) {
  const existing = await db.userTwoFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new AppError('CONFLICT', ALREADY_ENABLED);
  const secret = newTotpSecret();
  const secretEncrypted = sealSecret(secret);
  // Conditional: never overwrite an enrolment that got confirmed in the meantime (another tab).
  const replaced = await db.userTwoFactor.updateMany({ where: { userId: actor.id, confirmedAt: null }, data: { secretEncrypted, lastTimeStep: null } });
  if (replaced.count === 0) {
    await db.userTwoFactor.create({ data: { userId: actor.id, secretEncrypted } }).catch(() => {
      throw new AppError('CONFLICT', ALREADY_ENABLED);
    });
  }
  const { name } = await newsroomSettings(db);
  const uri = totpUri({ issuer: name, email: actor.email, secret });
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}
