/**
 * The caller's address, for per-address rate limits, from X-Forwarded-For.
 *
 * `next start` sets X-Forwarded-For to the socket's address only when the request has none, so the
 * rightmost entry is what the nearest hop saw. MASTHEAD_TRUST_PROXY is the number of reverse proxies in
 * front of Masthead that append the address they saw (nginx's $proxy_add_x_forwarded_for, a load
 * balancer): the client is then that many entries from the right. Entries further left were written by
 * the client and are never trusted. With no proxy (0, the default) a client talking to Next.js directly
 * could send its own header and so choose its per-address key; per-account limits hold regardless.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  const fromRight = Math.max(1, trustedProxies);
  return hops[Math.max(0, hops.length - fromRight)] ?? null;
}

/** MASTHEAD_TRUST_PROXY as a count: unset, empty or not a whole number means no proxy. */
export function trustedProxyCount(value = process.env.MASTHEAD_TRUST_PROXY): number {
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** The address of a request, by its headers (a fetch Headers or next-auth's plain header object). */
export function requestIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers?.['x-forwarded-for'];
  return clientIp(Array.isArray(raw) ? raw.join(',') : raw, trustedProxyCount());
}
