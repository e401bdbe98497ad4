import { currentActor } from '../auth/session';
import { requestRevalidation } from '../cache/request-revalidation';
import { appDb } from '../db/client';
import { mailerFromEnv } from '../mail/mailer';
import { createCaller } from './root';

/** tRPC for server components and Server Actions: the same procedures, guards and outputs the browser gets. */
export async function serverCaller() {
  return createCaller({ db: appDb(), actor: await currentActor(), mailer: mailerFromEnv(), revalidatePublicPages: requestRevalidation() });
}
