import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { appDb } from '../db/client';
import { authorizeCredentials } from './authorize-credentials';
import { requestIp } from './client-ip';
import { appRateLimits } from './rate-limits';
import { sessionOptions } from './session-options';
import { ssoProviders, ssoSignInAnswer } from './sso-provider';

/** next-auth with email + password, and single sign-on when OIDC_* is configured; sessions as session-options.ts keeps them. */
export const authOptions: NextAuthOptions = {
  ...sessionOptions,
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
    ...sessionOptions.callbacks,
    signIn: ({ user }) => ssoSignInAnswer(user),
  },
};
