import { randomBytes } from 'node:crypto';
import { freeAuthorSlug } from '../admin/invite-staff';
import { isUniqueViolation, recordAudit } from '../admin/record-audit';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { decideSsoSignIn, verifiedEmail, type ProviderClaims, type SsoRefusal } from './decide-sso-sign-in';

/**
 * Carries out THE single sign-on rule (decide-sso-sign-in.ts) against the database: the staff account
 * the provider's verified address belongs to, or a new journalist account when an admin has allowed that
 * (audited, with the new person as the actor), or a refusal.
 *
 * Two-factor sign-in: a single sign-on is trusted as the identity provider's own sign-in, including its
 * multi-factor policy; Masthead does not ask for its own second factor on top (see README, "Security").
 */
export async function ssoSignIn({ db, claims }: { db: Db; claims: ProviderClaims }): Promise<{ userId: string } | { refused: SsoRefusal }> {
  const email = verifiedEmail(claims);
  const [staff, settings] = await Promise.all([
    email ? db.user.findUnique({ where: { email }, select: { id: true, active: true } }) : null,
    db.newsroomSettings.findUnique({ where: { id: 1 }, select: { ssoCreatesAccounts: true } }),
  ]);
  const decision = decideSsoSignIn({ claims, staff, createsAccounts: settings?.ssoCreatesAccounts ?? false });
  switch (decision.kind) {
    case 'refuse':
      return { refused: decision.reason };
    case 'sign-in':
      return { userId: decision.userId };
    case 'create':
      return { userId: await createSsoAccount(db, decision) };
  }
}

async function createSsoAccount(db: Db, { email, name }: { email: string; name: string }): Promise<string> {
  // A random password nobody knows (hashed outside the transaction: argon2 is slow on purpose); they sign
  // in through the provider, or an admin sends them a set-password link.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role: 'JOURNALIST', slug: await freeAuthorSlug(tx, name), passwordHash },
        select: { id: true, name: true, email: true, role: true },
      });
      await recordAudit(tx, {
        actor: { id: user.id },
        action: 'staff.created_by_sso',
        targetType: 'user',
        targetId: user.id,
        after: { name: user.name, email: user.email, role: user.role },
      });
      return user.id;
    });
  } catch (error) {
    // Two first sign-ins at once: the second signs in to the account the first created.
    if (!isUniqueViolation(error)) throw error;
    return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  }
}
