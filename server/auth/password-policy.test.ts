import { describe, expect, it } from 'vitest';
import { newPasswordSchema, TOO_COMMON } from './password-policy';

const problem = (password: string) => newPasswordSchema.safeParse(password).error?.issues[0]?.message ?? null;

describe('the new-password rule', () => {
  it('refuses anything under 12 characters', () => {
    expect(problem('Zx9!kq2#Lm')).toBe('Use at least 12 characters.');
  });
  it.each(['password1234', 'qwertyuiop12', '123qweasdzxc', 'aaaaaaaaaaaa', 'passwordpassword', 'iloveyou1234'])(
    'refuses the common or patterned %s',
    (password) => expect(problem(password)).toBe(TOO_COMMON),
  );
  it.each(['correct horse battery staple', 'zebra lantern quiet', 'newsroom-desk-2026'])('accepts the passphrase %s', (password) => {
    expect(problem(password)).toBeNull();
  });
  it('refuses more than 200 characters', () => {
    expect(problem('correct horse battery staple '.repeat(8))).toBe('Keep the password under 200 characters.');
  });
});
