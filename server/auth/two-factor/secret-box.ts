import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP secrets are stored encrypted (AES-256-GCM), under a key derived from NEXTAUTH_SECRET: a copy of
 * the database alone (a backup, a read-only leak) does not let anyone generate staff codes.
 * Format: v1.<iv>.<tag>.<ciphertext>, base64url. Changing NEXTAUTH_SECRET makes stored secrets unreadable
 * (two-factor users then need an admin to reset their two-factor sign-in).
 */
function key(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'masthead', 'totp-secret-encryption', 32));
}

function serverSecret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error('NEXTAUTH_SECRET is not set; two-factor secrets cannot be encrypted.');
  return value;
}

export function sealSecret(plain: string, secret = serverSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function openSecret(stored: string, secret = serverSecret()): string {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('Unreadable two-factor secret.');
  const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}
