import { handleTrpcRequest } from '@/server/api/fetch-handler';
import { currentActor } from '@/server/auth/session';
import { requestRevalidation } from '@/server/cache/request-revalidation';
import { appDb } from '@/server/db/client';
import { mailerFromEnv } from '@/server/mail/mailer';

function handler(req: Request) {
  return handleTrpcRequest(req, async () => ({ db: appDb(), actor: await currentActor(), mailer: mailerFromEnv(), revalidatePublicPages: requestRevalidation() }));
}

export { handler as GET, handler as POST };
