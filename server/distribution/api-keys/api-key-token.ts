import { createHash, randomBytes } from 'node:crypto';

/** Keys look like "mh_<43 base64url characters>": 256 random bits, recognisable in logs and secret scanners. */
export function newApiKeySecret(): string {
  return `mh_${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored and looked up: SHA-256 of the key. A key carries 256 random bits, so a fast hash is as
 * safe as a slow one here and lets each request find its key with one indexed read.
 */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Shown in the desk to tell keys apart; far too short to use. */
export function apiKeyPrefix(secret: string): string {
  return secret.slice(0, 10);
}
