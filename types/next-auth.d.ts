import type { SessionClaims } from '@/server/auth/actor';

declare module 'next-auth' {
  interface Session {
    claims?: SessionClaims | null;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The user and the UserSession row this cookie stands for (server/auth/session-claims.ts). */
    uid?: string;
    sid?: string;
  }
}
