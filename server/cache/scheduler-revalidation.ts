import { env } from '../env';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { revalidateOverHttp } from './revalidate-over-http';

/**
 * How the scheduler revalidates public pages, in an app server or in `npm run worker`: through the app at
 * MASTHEAD_INTERNAL_URL, by default this machine's app (`next start` sets PORT for its own process).
 */
export function schedulerRevalidation(): RevalidatePublicPages {
  const { NEXTAUTH_SECRET, MASTHEAD_INTERNAL_URL } = env();
  if (!NEXTAUTH_SECRET) {
    throw new Error('The scheduler needs NEXTAUTH_SECRET (the app’s) to ask the app to revalidate the pages it publishes.');
  }
  return revalidateOverHttp({ baseUrl: MASTHEAD_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`, secret: NEXTAUTH_SECRET });
}
