import { describe, expect, it } from 'vitest';
import { signInErrorMessage } from './sso-errors';

describe('signInErrorMessage', () => {
  it('answers each refusal with its sentence', () => {
    expect(signInErrorMessage('SsoUnknown')).toMatch(/no staff account/);
    expect(signInErrorMessage('SsoUnverified')).toMatch(/did not confirm your email address/);
    expect(signInErrorMessage(['SsoDeactivated'])).toMatch(/deactivated/);
  });

  it("answers next-auth's own failure codes generally", () => {
    expect(signInErrorMessage('OAuthCallback')).toMatch(/did not complete/);
  });

  it('never shows words taken from the link', () => {
    expect(signInErrorMessage('Call 555-0100 to verify your account')).toBeNull();
    expect(signInErrorMessage('toString')).toBeNull();
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
