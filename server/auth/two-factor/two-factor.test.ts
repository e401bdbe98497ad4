import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';
import { checkTotp, newTotpSecret, TOTP_PERIOD_SECONDS, totpUri } from './totp';

const server = 'a-server-secret-for-tests-only';
const at = (seconds: number) => new Date(seconds * 1000);
const codeAt = (secret: string, seconds: number) => generate({ secret, epoch: seconds });

describe('TOTP', () => {
  const secret = newTotpSecret();
  const t = 1_800_000_000; // a step boundary: 1_800_000_000 / 30 = 60_000_000

  it('accepts the current code and returns its time step', async () => {
    expect(await checkTotp({ secret, code: await codeAt(secret, t + 5), lastTimeStep: null, now: at(t + 5) })).toBe(t / 30);
  });
  it('allows one step of clock drift either way, not two', async () => {
    expect(await checkTotp({ secret, code: await codeAt(secret, t - TOTP_PERIOD_SECONDS), lastTimeStep: null, now: at(t + 1) })).toBe(t / 30 - 1);
    expect(await checkTotp({ secret, code: await codeAt(secret, t + TOTP_PERIOD_SECONDS), lastTimeStep: null, now: at(t + 1) })).toBe(t / 30 + 1);
    expect(await checkTotp({ secret, code: await codeAt(secret, t - 2 * TOTP_PERIOD_SECONDS), lastTimeStep: null, now: at(t + 1) })).toBeNull();
  });
  it('refuses a code whose step was already used, and older ones (no replay)', async () => {
    const code = await codeAt(secret, t);
    expect(await checkTotp({ secret, code, lastTimeStep: t / 30, now: at(t + 2) })).toBeNull();
    expect(await checkTotp({ secret, code, lastTimeStep: t / 30 - 1, now: at(t + 2) })).toBe(t / 30);
  });
  it('accepts the code typed with a space, refuses other shapes', async () => {
    const code = await codeAt(secret, t);
    expect(await checkTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, lastTimeStep: null, now: at(t) })).toBe(t / 30);
    expect(await checkTotp({ secret, code: '12345', lastTimeStep: null, now: at(t) })).toBeNull();
    expect(await checkTotp({ secret, code: 'abcdef', lastTimeStep: null, now: at(t) })).toBeNull();
  });
  it('puts issuer, account and secret in the otpauth address', () => {
    const uri = totpUri({ issuer: 'Daily Bugle', email: 'dana@example.test', secret });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Daily%20Bugle:dana%40example\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes that survive retyping in lower case without dashes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(normalizeRecoveryCode(code.toLowerCase().replaceAll('-', ' '))).toBe(normalizeRecoveryCode(code));
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});

describe('secret box', () => {
  it('round-trips, and never stores the secret in the clear', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', server);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, server)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', server)).not.toBe(sealed); // fresh IV each time
  });
  it('refuses another server secret and any tampering', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', server);
    expect(() => openSecret(sealed, 'another-server-secret-entirely')).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    // The first character: all six of its bits are ciphertext (the last one's low bits may be padding).
    const flipped = `${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`;
    expect(() => openSecret([v, iv, tag, flipped].join('.'), server)).toThrow();
  });
});
