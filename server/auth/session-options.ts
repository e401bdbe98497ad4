import type { NextAuthOptions } from 'next-auth';
import { SESSION_MAX_AGE_SECONDS } from '../session/session-policy';
import { claimsFromToken, claimsOnSignIn, endSessionOfToken } from './session-claims';
import { decodeSessionToken, encodeSessionToken } from './session-jwt';

/**
 * The part of next-auth's options that reads a session from its cookie, which is all getServerSession uses
 * (it drops the providers): the JWT cookie carrying only the user id and its session row's id (the row,
 * role and active flag are read from the database on every request, server/auth/actor.ts), sealed by
 * next-auth's own codec with its derived key kept (session-jwt.ts). next-auth-options.ts adds sign-in.
 */
export const sessionOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  callbacks: {
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
} satisfies Omit<NextAuthOptions, 'providers'>;
