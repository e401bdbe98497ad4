import type { User } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { appDb } from '../db/client';
import { env } from '../env';
import type { ProviderClaims, SsoRefusal } from '../sso/decide-sso-sign-in';
import { ssoConfig, type SsoConfig } from '../sso/sso-config';
import { ssoSignIn } from '../sso/sso-sign-in';

export const SSO_PROVIDER_ID = 'oidc';

/** A provider's answer after matching: our staff user's id, or why they are refused. */
type SsoUser = User & { ssoRefusal?: SsoRefusal };

/**
 * OpenID Connect through next-auth's generic OAuth provider: discovery from the issuer, the
 * authorization code flow with PKCE and state, the identity read from the signed ID token (verified by
 * openid-client against the issuer's keys, audience and expiry). The ID token's claims are matched to a
 * staff account right here, so next-auth's user id is always OUR user's id, never the provider's subject.
 */
function ssoProvider(config: SsoConfig): OAuthConfig<ProviderClaims> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    async profile(claims): Promise<SsoUser> {
      const result = await ssoSignIn({ db: appDb(), claims });
      // next-auth insists on an id even for a refusal; this one never reaches a session (signIn stops it).
      return 'refused' in result ? { id: `refused:${result.refused}`, ssoRefusal: result.refused } : { id: result.userId };
    },
  };
}

/** The single sign-on provider when OIDC_* is configured, else none. */
export function ssoProviders(): OAuthConfig<ProviderClaims>[] {
  const config = ssoConfig(env());
  return config ? [ssoProvider(config)] : [];
}

/**
 * next-auth's signIn callback: a refused single sign-on goes back to the sign-in page with a fixed code
 * (the page shows its sentence; nothing from the provider is echoed). Password sign-ins pass through.
 */
export function ssoSignInAnswer(user: SsoUser): true | string {
  return user.ssoRefusal ? `/signin?error=${user.ssoRefusal}` : true;
}
