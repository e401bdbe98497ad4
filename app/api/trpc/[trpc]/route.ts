import { handleTrpcRequest } from '@/server/api/fetch-handler';
import { currentSession } from '@/server/auth/session';
import { requestRevalidation } from '@/server/cache/request-revalidation';
import { appDb } from '@/server/db/client';
import { mailerFromEnv } from '@/server/mail/mailer';

function handler(req: Request) {
  return handleTrpcRequest(req, async () => {
    const session = await currentSession();
    return {
      db: appDb(),
      actor: session?.actor ?? null,
      sessionId: session?.sessionId ?? null,
      mailer: mailerFromEnv(),
      revalidatePublicPages: requestRevalidation(),
    };
  });
}

export { handler as GET, handler as POST };
