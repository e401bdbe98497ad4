import { decode as nextAuthDecode, encode as nextAuthEncode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken, derivedEncryptionKey, encodeSessionToken } from './session-jwt';

const secret = 'a-secret-long-enough-for-next-auth-sessions';
const claims = { uid: '01a21e3a-0000-7000-8000-000000000001', sid: '01a21e3a-0000-7000-8000-000000000002' };

describe('the session cookie codec with a kept key', () => {
  it('opens cookies sealed by next-auth’s own codec, and next-auth opens its cookies: the same format and key', async () => {
    expect(await decodeSessionToken({ token: await nextAuthEncode({ token: claims, secret }), secret })).toMatchObject(claims);
    expect(await nextAuthDecode({ token: await encodeSessionToken({ token: claims, secret }), secret })).toMatchObject(claims);
  });

  it('sets iat, exp (now + maxAge) and a fresh jti, as next-auth does', async () => {
    const before = Math.floor(Date.now() / 1000);
    const [first, second] = await Promise.all([1, 2].map(async () => decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: 3600 }), secret })));
    expect(first!.exp).toBeGreaterThanOrEqual(before + 3600);
    expect(first!.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
    expect(first!.iat).toBeGreaterThanOrEqual(before);
    expect(first!.jti).not.toBe(second!.jti);
  });

  it('refuses an expired cookie', async () => {
    const token = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow(/exp/);
  });

  it('derives the key once per secret, and a rotated secret gets its own: cookies of the old one no longer open', async () => {
    const rotated = `${secret}-rotated`;
    expect(derivedEncryptionKey(secret)).toBe(derivedEncryptionKey(secret));
    expect(derivedEncryptionKey(rotated).equals(derivedEncryptionKey(secret))).toBe(false);
    const old = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token: old, secret: rotated })).rejects.toThrow();
    await expect(nextAuthDecode({ token: old, secret: rotated })).rejects.toThrow();
    expect(await decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret: rotated }), secret: rotated })).toMatchObject(claims);
  });

  it('keys a salted token (not a session cookie) apart from the session key of the same secret', async () => {
    expect(derivedEncryptionKey(secret, 'other').equals(derivedEncryptionKey(secret))).toBe(false);
    const salted = await nextAuthEncode({ token: claims, secret, salt: 'other' });
    expect(await decodeSessionToken({ token: salted, secret, salt: 'other' })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it('reads no cookie as no session', async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
