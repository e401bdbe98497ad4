import { once } from 'node:events';
import { Provider } from 'oidc-provider';

/** Someone who can sign in at the test identity provider: `login` is what they type in its login form. */
export type TestIdentity = { login: string; email: string; emailVerified: boolean; name: string };

/**
 * A real OpenID Connect provider (panva's oidc-provider, OpenID certified) on a loopback port, for the
 * single sign-on journeys: discovery, its own login and consent pages (the library's development
 * interactions: any password is accepted for a known login), the code flow with PKCE required, signed
 * ID tokens. Served on 127.0.0.1 while the app is on localhost, so the two never share cookies.
 */
export async function startOidcProvider({
  port,
  redirectUri,
  clientId,
  clientSecret,
  identities,
}: {
  port: number;
  redirectUri: string;
  clientId: string;
  clientSecret: string;
  identities: TestIdentity[];
}): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount(_context: unknown, login: string) {
      const identity = identities.find((candidate) => candidate.login === login);
      if (!identity) return undefined;
      return {
        accountId: login,
        claims: () => ({ sub: login, email: identity.email, email_verified: identity.emailVerified, name: identity.name }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The app reads who signed in from the ID token alone, so the scopes' claims go into it.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['masthead-e2e-oidc-cookie-signing-key'] },
  });
  const server = provider.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    issuer,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
