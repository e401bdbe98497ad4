import { describe, expect, it } from 'vitest';
import { decideSsoSignIn, verifiedEmail } from './decide-sso-sign-in';

const dana = { id: 'dana-id', active: true };

describe('verifiedEmail', () => {
  it('takes the address only when the provider says it verified it', () => {
    expect(verifiedEmail({ email: 'Dana@Example.com ', email_verified: true })).toBe('dana@example.com');
    expect(verifiedEmail({ email: 'dana@example.com', email_verified: 'true' })).toBe('dana@example.com');
    expect(verifiedEmail({ email: 'dana@example.com', email_verified: false })).toBeNull();
    expect(verifiedEmail({ email: 'dana@example.com', email_verified: 'false' })).toBeNull();
    expect(verifiedEmail({ email: 'dana@example.com', email_verified: 1 })).toBeNull();
    expect(verifiedEmail({ email: 'dana@example.com' })).toBeNull();
    expect(verifiedEmail({ email_verified: true })).toBeNull();
    expect(verifiedEmail({ email: ['dana@example.com'], email_verified: true })).toBeNull();
    expect(verifiedEmail({ email: 'not an address', email_verified: true })).toBeNull();
  });
});

describe('decideSsoSignIn', () => {
  const verified = { email: 'dana@example.com', email_verified: true, name: 'Dana Petrenko' };

  it('signs an active staff member in by their verified address', () => {
    expect(decideSsoSignIn({ claims: verified, staff: dana, createsAccounts: false })).toEqual({ kind: 'sign-in', userId: 'dana-id' });
    expect(decideSsoSignIn({ claims: verified, staff: dana, createsAccounts: true })).toEqual({ kind: 'sign-in', userId: 'dana-id' });
  });

  it('never matches an unverified address, even one that belongs to staff', () => {
    for (const createsAccounts of [false, true]) {
      expect(decideSsoSignIn({ claims: { ...verified, email_verified: false }, staff: dana, createsAccounts })).toEqual({ kind: 'refuse', reason: 'SsoUnverified' });
      expect(decideSsoSignIn({ claims: { email: verified.email }, staff: dana, createsAccounts })).toEqual({ kind: 'refuse', reason: 'SsoUnverified' });
    }
  });

  it('refuses a deactivated account whatever the setting', () => {
    for (const createsAccounts of [false, true]) {
      expect(decideSsoSignIn({ claims: verified, staff: { ...dana, active: false }, createsAccounts })).toEqual({ kind: 'refuse', reason: 'SsoDeactivated' });
    }
  });

  it('refuses someone unknown unless the admin setting creates accounts', () => {
    expect(decideSsoSignIn({ claims: verified, staff: null, createsAccounts: false })).toEqual({ kind: 'refuse', reason: 'SsoUnknown' });
    expect(decideSsoSignIn({ claims: verified, staff: null, createsAccounts: true })).toEqual({ kind: 'create', email: 'dana@example.com', name: 'Dana Petrenko' });
  });

  it('names a created account after the address when the provider sends no name', () => {
    expect(decideSsoSignIn({ claims: { email: 'new.person@example.com', email_verified: true }, staff: null, createsAccounts: true })).toEqual({
      kind: 'create',
      email: 'new.person@example.com',
      name: 'new.person',
    });
  });
});
