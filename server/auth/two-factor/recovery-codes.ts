import argon2 from 'argon2';
import { randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: codes are copied from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Ten codes like "K7QM-X3PD-9TRA" (about 60 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** A code as typed (any case, with or without dashes or spaces) in the one form that is hashed. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 12;
}

/**
 * argon2id, lighter than for passwords (4 MiB, 2 passes): a recovery code carries about 60 random bits,
 * which no stretching needs to protect, and sign-in may check up to ten of them.
 */
export function hashRecoveryCode(code: string): Promise<string> {
  return argon2.hash(normalizeRecoveryCode(code), { type: argon2.argon2id, memoryCost: 4096, timeCost: 2 });
}

export async function recoveryCodeMatches(hash: string, code: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalizeRecoveryCode(code));
  } catch {
    return false; // a malformed stored hash matches nothing
  }
}
