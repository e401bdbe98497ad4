import type { RevalidatePublicPages } from '../site/revalidation-port';
import { revalidateNow } from './revalidate-now';
import { revalidateThroughApp } from './scheduler-revalidation';
import { revalidateTwice } from './revalidate-twice';

let revalidation: RevalidatePublicPages | undefined;

/**
 * How writes made in a request (tRPC, server components) revalidate public pages: at once in the request,
 * and again a moment later through the app, when the request is long over.
 */
export function requestRevalidation(): RevalidatePublicPages {
  revalidation ??= revalidateTwice({ now: revalidateNow, later: revalidateThroughApp() });
  return revalidation;
}
