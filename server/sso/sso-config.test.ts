import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { ssoConfig } from './sso-config';

describe('single sign-on configuration from the environment', () => {
  it('is off without any OIDC variable', () => {
    expect(ssoConfig(parseEnv({}))).toBeNull();
    expect(ssoConfig(parseEnv({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '' }))).toBeNull();
  });

  it('is on with issuer, client id and secret; the label defaults', () => {
    const config = ssoConfig(parseEnv({ OIDC_ISSUER: 'https://id.example.org/realms/news/', OIDC_CLIENT_ID: 'masthead', OIDC_CLIENT_SECRET: 's3cret' }));
    expect(config).toEqual({ issuer: 'https://id.example.org/realms/news', clientId: 'masthead', clientSecret: 's3cret', name: 'single sign-on' });
    expect(ssoConfig(parseEnv({ OIDC_ISSUER: 'https://accounts.google.com', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b', OIDC_NAME: 'Google' }))?.name).toBe('Google');
  });

  it('refuses half a configuration, naming the variables', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'masthead' })).toThrow(/OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
  });

  it('refuses an issuer that is not a URL', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'id.example.org', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' })).toThrow(/OIDC_ISSUER/);
  });
});
