/**
 * THE rule for a single sign-on: who the identity provider's answer signs in as. Pure, so every case is
 * unit-tested; sso-sign-in.ts reads the inputs and carries out the decision.
 *
 * Matched by email, and only a VERIFIED one: an unverified address is whatever someone typed at the
 * provider, and matching on it would let anyone who can register there take over a staff account.
 */
export type SsoRefusal = 'SsoUnverified' | 'SsoUnknown' | 'SsoDeactivated';

export type SsoDecision =
  | { kind: 'sign-in'; userId: string }
  | { kind: 'create'; email: string; name: string }
  | { kind: 'refuse'; reason: SsoRefusal };

/** What the provider's ID token says; anything may be missing or of the wrong type. */
export type ProviderClaims = { email?: unknown; email_verified?: unknown; name?: unknown };

/** The address the provider vouches for, lower-cased as staff addresses are stored, or null. */
export function verifiedEmail(claims: ProviderClaims): string | null {
  // Some providers send the flag as the string "true"; anything else, or no flag at all, is unverified.
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  if (!verified || typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

export function decideSsoSignIn({
  claims,
  staff,
  createsAccounts,
}: {
  claims: ProviderClaims;
  /** The staff account with the verified address, if there is one. */
  staff: { id: string; active: boolean } | null;
  /** The admin setting: someone verified but unknown gets a journalist account. */
  createsAccounts: boolean;
}): SsoDecision {
  const email = verifiedEmail(claims);
  if (!email) return { kind: 'refuse', reason: 'SsoUnverified' };
  if (staff) return staff.active ? { kind: 'sign-in', userId: staff.id } : { kind: 'refuse', reason: 'SsoDeactivated' };
  if (!createsAccounts) return { kind: 'refuse', reason: 'SsoUnknown' };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : email.split('@')[0]!;
  return { kind: 'create', email, name };
}
