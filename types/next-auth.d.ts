import type { SessionClaims } from '@/server/auth/actor';

declare module 'next-auth' {
  interface Session {
    claims?: SessionClaims;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: string;
    sv: number;
  }
}
