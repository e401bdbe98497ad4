import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { appDb } from '../db/client';
import { AppError } from '../errors';
import type { SessionClaims } from './actor';
import { requestIp } from './client-ip';
import { appRateLimits } from './rate-limits';
import { signIn } from './sign-in';

/**
 * next-auth with email + password. The JWT cookie carries only the user id and session version; role and
 * active flag are read from the database on every request (server/auth/actor.ts).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, req) {
        try {
          const claims = await signIn({ db: appDb(), limits: appRateLimits(), input: credentials, ip: requestIp(req.headers) });
          return { id: claims.userId, sessionVersion: claims.sessionVersion };
        } catch (error) {
          // next-auth hands a thrown message to the sign-in page as ?error=…; the page shows it.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, claims: { userId: token.uid, sessionVersion: token.sv } satisfies SessionClaims };
    },
  },
};
