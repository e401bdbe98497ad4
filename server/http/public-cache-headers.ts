import { SURROGATE_KEY_HEADER, surrogateKeyHeaderValue, surrogateKeysForPath } from '../cache/surrogate-keys';

/** Seconds a shared cache may keep a public answer without asking again. Purges (xkey) end it sooner. */
export const SHARED_MAX_AGE = 300;
/** How long a shared cache may serve a stale answer while it fetches a new one, or while the app fails. */
export const STALE_WHILE_REVALIDATE = 60;
export const STALE_IF_ERROR = 86_400;

/**
 * THE caching headers of an answer, from what was asked (proxy.ts applies them):
 *  - a public page or feed (server/cache/surrogate-keys.ts) asked with GET or HEAD by a reader who is
 *    not signed in: `Cache-Control: public, max-age=0, s-maxage=300, stale-while-revalidate=60,
 *    stale-if-error=86400` (browsers ask again every time: the CSP nonce changes per answer; a shared cache
 *    keeps it 5 minutes, purged sooner by tag) and `xkey: <its tags, space-separated>`, the surrogate keys
 *    the same writes revalidate;
 *  - the same page asked by someone signed in (a session cookie): `Cache-Control: private, no-store`, so
 *    no shared cache stores an answer to a staff member's request;
 *  - anything else (desk, sign-in, previews, API, media): nothing here; Next's own (dynamic pages:
 *    `private, no-cache, no-store`).
 */
export function publicCacheHeaders(request: { method: string; pathname: string; signedIn: boolean }): Record<string, string> {
  const tags = surrogateKeysForPath(request.pathname);
  if (!tags || (request.method !== 'GET' && request.method !== 'HEAD')) return {};
  if (request.signedIn) return { 'Cache-Control': 'private, no-store' };
  return {
    'Cache-Control': `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}, stale-if-error=${STALE_IF_ERROR}`,
    [SURROGATE_KEY_HEADER]: surrogateKeyHeaderValue(tags),
  };
}

/** next-auth's session cookie (plain, or `__Secure-` over HTTPS): the request is a signed-in person's. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) return true;
  return false;
}
