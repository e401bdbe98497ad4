import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/next-auth-options';

// next-auth v4 types its App Router handler as `any`; this is its real shape.
const handler = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;
export { handler as GET, handler as POST };
