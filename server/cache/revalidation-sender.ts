import { env } from '../env';
import type { SendRevalidation } from '../revalidation/deliver-revalidations';
import { revalidateOverHttp } from './revalidate-over-http';

/**
 * Where the revalidation outbox is delivered: the app at MASTHEAD_INTERNAL_URL, by default this machine's
 * app (`next start` sets PORT for its own process). Used by code outside a request (the deliverer in an app
 * server or in `npm run worker`).
 */
export function revalidationSender(): SendRevalidation {
  const { NEXTAUTH_SECRET, MASTHEAD_INTERNAL_URL } = env();
  if (!NEXTAUTH_SECRET) {
    throw new Error('The scheduler needs NEXTAUTH_SECRET (the app’s) to ask the app to revalidate the pages it publishes.');
  }
  return revalidateOverHttp({ baseUrl: MASTHEAD_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`, secret: NEXTAUTH_SECRET });
}
