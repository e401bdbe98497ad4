import { cacheTags } from '../site/cache-tags';

/**
 * THE contract between the app and a shared cache in front of it (Varnish with xkey, varnish/masthead.vcl):
 * which public addresses may be cached, under which surrogate keys, and the header names both sides use.
 * The keys ARE the cache tags of server/site/cache-tags.ts, so the tags the app revalidates after a change
 * (server/revalidation/) are exactly the keys purged at the edge.
 *
 * The app names an answer's keys in the `xkey` header (space-separated); the VCL uses them as they are. An
 * answer of a public route without that header gets the keys below from the VCL itself (it is generated
 * from PUBLIC_ROUTES, see edge-vcl.ts), so the edge stays correct whichever side names them.
 */

/** Response header listing the surrogate keys of an answer (read by Varnish's xkey vmod). */
export const SURROGATE_KEY_HEADER = 'xkey';
/** Request header of a purge: the keys whose answers are to go, space-separated. */
export const PURGE_KEYS_HEADER = 'xkey-purge';
/** The method of a purge request (answered by the edge itself, never passed to the app). */
export const PURGE_METHOD = 'PURGE';

/**
 * A slug as slugify makes it (letters, digits, '-', '_', '.', '~'), captured: safe in a header and a key as
 * it stands. An address with anything else names no page, and its answer is not for a shared cache.
 */
const SLUG = '([A-Za-z0-9._~-]+)';

/** A public page or feed: its path (an anchored regular expression, one capture: the slug) and its keys. */
export type PublicRoute = { pattern: string; keys: (slug: string) => string[] };

/**
 * Every public address that may be cached, and what it is built from: `site` (settings) is on every one;
 * pages also show the section navigation. Read together with server/cache/public-reads.ts: a page's keys
 * are the tags of the reads it makes. The patterns are written in the regular-expression syntax both
 * JavaScript and Varnish (PCRE) read alike.
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { pattern: '^/$', keys: () => [cacheTags.site, cacheTags.navigation, cacheTags.home] },
  { pattern: `^/articles/${SLUG}$`, keys: (slug) => [cacheTags.site, cacheTags.navigation, cacheTags.article(slug)] },
  // A live blog's entries, polled by its open pages, and their feed: purged with the article's tag on each entry.
  { pattern: `^/articles/${SLUG}/live\\.json$`, keys: (slug) => [cacheTags.site, cacheTags.article(slug)] },
  { pattern: `^/articles/${SLUG}/live\\.xml$`, keys: (slug) => [cacheTags.site, cacheTags.article(slug)] },
  { pattern: `^/sections/${SLUG}$`, keys: (slug) => [cacheTags.site, cacheTags.navigation, cacheTags.sectionPages, cacheTags.sectionFronts, cacheTags.section(slug)] },
  { pattern: `^/sections/${SLUG}/rss\\.xml$`, keys: (slug) => [cacheTags.site, cacheTags.sectionPages, cacheTags.section(slug)] },
  { pattern: `^/tags/${SLUG}$`, keys: (slug) => [cacheTags.site, cacheTags.navigation, cacheTags.tag(slug)] },
  { pattern: `^/authors/${SLUG}$`, keys: (slug) => [cacheTags.site, cacheTags.navigation, cacheTags.author(slug)] },
  { pattern: '^/corrections$', keys: () => [cacheTags.site, cacheTags.navigation, cacheTags.corrections] },
  { pattern: '^/rss\\.xml$', keys: () => [cacheTags.site, cacheTags.feed] },
  { pattern: '^/(news-)?sitemap\\.xml$', keys: () => [cacheTags.site, cacheTags.sitemap] },
];

/**
 * Paths the edge never caches, whatever the app answers: the desk, the API (sign-in, tRPC, the internal
 * revalidation endpoint), sign-in and account pages, and preview links (unpublished text for whoever holds
 * the link). Requests carrying a session cookie are never cached either (see the VCL).
 */
export const PRIVATE_PATHS = '^/(desk|api|signin|preview|reset-password|two-factor)(/|$)';

/**
 * The surrogate keys of the answer at `pathname` (no query string), or null when it is not a public page
 * or feed (or its slug cannot name anything).
 */
export function surrogateKeysForPath(pathname: string): string[] | null {
  for (const route of PUBLIC_ROUTES) {
    const match = new RegExp(route.pattern).exec(pathname);
    if (match) return route.keys(match[1] ?? '');
  }
  return null;
}

/** The `xkey` header value for these keys. */
export function surrogateKeyHeaderValue(keys: readonly string[]): string {
  return [...new Set(keys)].join(' ');
}
