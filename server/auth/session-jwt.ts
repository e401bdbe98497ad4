import { createSecretKey, hkdfSync, randomUUID, type KeyObject } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';

/**
 * next-auth's session cookie codec, byte for byte its own (jwt/index.js in next-auth 4: a JWE, `dir` +
 * A256GCM, with a key derived from the secret by HKDF-SHA256, the same info string and salt, 15 s of clock
 * tolerance, `iat`/`exp`/`jti` set on encode), except that the derived key is kept: next-auth derives it
 * again on every decode and encode, i.e. twice per request, which profiles showed as a large share of an
 * autosave's CPU. Cookies made by either codec open with the other. The key is cached per (secret, salt):
 * a rotated secret derives its own key, and a cookie sealed with the old secret no longer opens.
 */
const keys = new Map<string, KeyObject>();
/** Secrets seen by one process: the current one, plus one per rotation; more means something is wrong, so start over. */
const MAX_KEYS = 8;
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function derivedEncryptionKey(secret: string | Buffer, salt = ''): KeyObject {
  const id = `${salt}\u0000${typeof secret === 'string' ? `s:${secret}` : `b:${secret.toString('base64')}`}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`;
    key = createSecretKey(Buffer.from(hkdfSync('sha256', secret, salt, info, 32)));
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt = '' }: JWTEncodeParams): Promise<string> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(nowSeconds + maxAge)
    .setJti(randomUUID())
    .encrypt(derivedEncryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, derivedEncryptionKey(secret, salt), { clockTolerance: 15 });
  return payload;
}
