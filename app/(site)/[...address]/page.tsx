import { notFound } from 'next/navigation';

// Per request, not cached: made-up addresses must not fill the cache. Next's own 404 page for unmatched
// addresses is built ahead (`next build`), with no request and so no CSP nonce on its scripts, which the
// policy would then block; this route answers them instead, rendered with the request.
export const dynamic = 'force-dynamic';

/** Any address no other route matches: the site's 404, inside the site's layout. */
export default function UnmatchedAddress() {
  notFound();
}
