import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/api/root';
import { currentSession } from '@/server/auth/session';
import { requestRevalidation } from '@/server/cache/request-revalidation';
import { appDb } from '@/server/db/client';
import { logger } from '@/server/logger';
import { mailerFromEnv } from '@/server/mail/mailer';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => {
      const session = await currentSession();
      return { db: appDb(), actor: session?.actor ?? null, sessionId: session?.sessionId ?? null, mailer: mailerFromEnv(), revalidatePublicPages: requestRevalidation() };
    },
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, path }, 'tRPC procedure failed');
    },
  });
}

export { handler as GET, handler as POST };
