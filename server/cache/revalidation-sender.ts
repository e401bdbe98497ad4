import { env } from '../env';
import type { SendRevalidation, WarmPublicPages } from '../revalidation/deliver-revalidations';
import { purgeEdge } from './purge-edge';
import { revalidateOverHttp } from './revalidate-over-http';
import { edgePurgeToken } from './revalidation-token';
import { warmPublicPages } from './warm-public-pages';

/**
 * Where the revalidation outbox is delivered: the app at MASTHEAD_INTERNAL_URL, by default this machine's
 * app (`next start` sets PORT for its own process). Used by code outside a request (the deliverer in an app
 * server or in `npm run worker`).
 */
export function revalidationSender(): SendRevalidation {
  const { NEXTAUTH_SECRET } = env();
  if (!NEXTAUTH_SECRET) {
    throw new Error('The scheduler needs NEXTAUTH_SECRET (the app’s) to ask the app to revalidate the pages it publishes.');
  }
  return revalidateOverHttp({ baseUrl: internalUrl(), secret: NEXTAUTH_SECRET });
}

/** The app that takes the revalidations, and so keeps (or shares through Redis) the pages it renders. */
function internalUrl(): string {
  return env().MASTHEAD_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** Renders the article pages the deliveries expired for good, on the same app (warm-public-pages.ts). */
export function pageWarmer(): WarmPublicPages {
  return warmPublicPages({ baseUrl: internalUrl() });
}

/**
 * Where the edge purges go (MASTHEAD_EDGE_PURGE_URLS), with the token the VCL was made with
 * (`npm run edge:vcl`, from the same NEXTAUTH_SECRET); undefined without edge caches.
 */
export function edgePurgeSender(): SendRevalidation | undefined {
  const { NEXTAUTH_SECRET, MASTHEAD_EDGE_PURGE_URLS } = env();
  if (!MASTHEAD_EDGE_PURGE_URLS) return undefined;
  if (!NEXTAUTH_SECRET) throw new Error('MASTHEAD_EDGE_PURGE_URLS needs NEXTAUTH_SECRET: purges carry a token derived from it.');
  return purgeEdge({ urls: MASTHEAD_EDGE_PURGE_URLS, token: edgePurgeToken(NEXTAUTH_SECRET) });
}
