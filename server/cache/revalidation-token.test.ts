import { describe, expect, it } from 'vitest';
import { isRevalidationAuthorized, revalidationToken } from './revalidation-token';

const secret = 'a-long-enough-test-secret';

describe('the internal revalidation token', () => {
  it('is accepted as a bearer token for the same secret only', () => {
    expect(isRevalidationAuthorized(`Bearer ${revalidationToken(secret)}`, secret)).toBe(true);
    expect(isRevalidationAuthorized(`Bearer ${revalidationToken('another-long-test-secret')}`, secret)).toBe(false);
  });

  it('refuses a missing header, another scheme, a truncated token, and an app without a secret', () => {
    const token = revalidationToken(secret);
    expect(isRevalidationAuthorized(null, secret)).toBe(false);
    expect(isRevalidationAuthorized(`Basic ${token}`, secret)).toBe(false);
    expect(isRevalidationAuthorized(`Bearer ${token.slice(1)}`, secret)).toBe(false);
    expect(isRevalidationAuthorized(`Bearer ${token}`, undefined)).toBe(false);
  });

  it('is not the secret itself', () => {
    expect(revalidationToken(secret)).not.toContain(secret);
  });
});
