import { env } from '../env';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { revalidateOverHttp } from './revalidate-over-http';
import { revalidateTwice } from './revalidate-twice';

/**
 * Revalidation through the app at MASTHEAD_INTERNAL_URL, by default this machine's app (`next start` sets
 * PORT for its own process): what code outside a request (the scheduler, a timer) can use.
 */
export function revalidateThroughApp(): RevalidatePublicPages {
  const { NEXTAUTH_SECRET, MASTHEAD_INTERNAL_URL } = env();
  if (!NEXTAUTH_SECRET) {
    throw new Error('The scheduler needs NEXTAUTH_SECRET (the app’s) to ask the app to revalidate the pages it publishes.');
  }
  return revalidateOverHttp({ baseUrl: MASTHEAD_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`, secret: NEXTAUTH_SECRET });
}

/** How the scheduler revalidates public pages, in an app server or in `npm run worker`: twice, through the app. */
export function schedulerRevalidation(): RevalidatePublicPages {
  const throughApp = revalidateThroughApp();
  return revalidateTwice({ now: throughApp, later: throughApp });
}
