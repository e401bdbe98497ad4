import type { Actor } from '../actor';
import type { DbOrTx } from '../../db/client';
import { newsroomSettings } from '../../site/published-articles';

/** Whether the actor's role must sign in with a second factor (newsroom setting), and whether they do. */
export async function twoFactorStatus(db: DbOrTx, actor: Pick<Actor, 'id' | 'role'>) {
  const [factor, settings, recoveryCodesLeft] = await Promise.all([
    db.userTwoFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    newsroomSettings(db),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  const enabled = Boolean(factor?.confirmedAt);
  return { enabled, required: settings.twoFactorRoles.includes(actor.role), recoveryCodesLeft: enabled ? recoveryCodesLeft : 0 };
}

/**
 * True while the actor's role requires two-factor sign-in and they have not set it up: they may then use
 * only the setup screen (the desk layout sends them there; staff procedures refuse them).
 */
export async function twoFactorEnrolmentDue(db: DbOrTx, actor: Pick<Actor, 'id' | 'role'>): Promise<boolean> {
  const factor = await db.userTwoFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } });
  if (factor?.confirmedAt) return false;
  return (await newsroomSettings(db)).twoFactorRoles.includes(actor.role);
}
