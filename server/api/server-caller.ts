import { currentSession } from '../auth/session';
import { requestRevalidation } from '../cache/request-revalidation';
import { appDb } from '../db/client';
import { mailerFromEnv } from '../mail/mailer';
import { createCaller } from './root';

/** tRPC for server components and Server Actions: the same procedures, guards and outputs the browser gets. */
export async function serverCaller() {
  const session = await currentSession();
  return createCaller({
    db: appDb(),
    actor: session?.actor ?? null,
    sessionId: session?.sessionId ?? null,
    mailer: mailerFromEnv(),
    revalidatePublicPages: requestRevalidation(),
  });
}
