import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 defaults, which every authenticator app uses: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret(); // 20 random bytes, base32
}

/** What the QR code holds: the app shows "<issuer> (<email>)". */
export function totpUri({ issuer, email, secret }: { issuer: string; email: string; secret: string }): string {
  return generateURI({ issuer, label: email, secret });
}

/** A code as typed: spaces and dashes dropped (apps show "123 456"). */
export function normalizeTotpCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(normalizeTotpCode(code));
}

/**
 * Checks a code, allowing one step of clock drift either way. `lastTimeStep` is the step of the last code
 * accepted: that code and older ones are refused, so a code seen over someone's shoulder (or replayed
 * from a log) is useless once used. Returns the step to remember, or null.
 */
export async function checkTotp({
  secret,
  code,
  lastTimeStep,
  now = new Date(),
}: {
  secret: string;
  code: string;
  lastTimeStep: number | null;
  now?: Date;
}): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastTimeStep !== null && { afterTimeStep: lastTimeStep }),
  });
  // (The result type also covers HOTP, which has no time step.)
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
