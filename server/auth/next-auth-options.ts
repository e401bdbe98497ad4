import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { appDb } from '../db/client';
import { SESSION_MAX_AGE_SECONDS } from '../session/session-policy';
import { authorizeCredentials } from './authorize-credentials';
import { requestIp } from './client-ip';
import { appRateLimits } from './rate-limits';
import { claimsFromToken, claimsOnSignIn, endSessionOfToken } from './session-claims';
import { ssoProviders, ssoSignInAnswer } from './sso-provider';

/**
 * next-auth with email + password, and single sign-on when OIDC_* is configured. The JWT cookie carries only the user id and its session row's id; the
 * row, role and active flag are read from the database on every request (server/auth/actor.ts).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      authorize: (credentials, req) =>
        authorizeCredentials({ db: appDb(), limits: appRateLimits(), credentials, ip: requestIp(req.headers) }),
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    signIn: ({ user }) => ssoSignInAnswer(user),
    async jwt({ token, user, account }) {
      if (user) {
        const claims = await claimsOnSignIn(user, account);
        token.uid = claims.userId;
        token.sid = claims.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, claims: claimsFromToken(token) };
    },
  },
  events: {
    // Ends the session row, so the cookie is dead everywhere, not only deleted from this browser.
    signOut: ({ token }) => endSessionOfToken(token),
  },
};
