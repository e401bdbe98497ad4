import type { Env } from '../env';

/** Single sign-on as configured in the environment, or null when it is off. */
export type SsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function ssoConfig(source: Env): SsoConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: name } = source;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ''), clientId, clientSecret, name };
}
