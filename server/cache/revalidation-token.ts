import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The bearer token of the internal revalidation endpoint: derived from NEXTAUTH_SECRET, which every app
 * instance and the worker already share, so no second secret has to be deployed. A different purpose
 * string than next-auth's keeps the token useless as anything else.
 */
export function revalidationToken(secret: string): string {
  return createHmac('sha256', secret).update('masthead:revalidate-public-pages').digest('base64url');
}

/** Whether an Authorization header carries the token for this secret (constant-time comparison). */
export function isRevalidationAuthorized(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(revalidationToken(secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The bearer token of purges at the edge cache (varnish/masthead.vcl), derived from NEXTAUTH_SECRET like
 * the one above but for another purpose: the VCL holds only this, never the secret, and a leaked VCL
 * cannot be used to call the app's internal endpoint.
 */
export function edgePurgeToken(secret: string): string {
  return createHmac('sha256', secret).update('masthead:edge-purge').digest('base64url');
}
