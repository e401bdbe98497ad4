/**
 * The caller's address: the key of per-address rate limits and the address shown beside a signed-in
 * device. One rule for both, so a session is listed under the address its sign-in was counted against.
 *
 * X-Forwarded-For cannot be taken as it comes: `next start` fills it from the socket only when the request
 * has none, so a client talking to Next.js directly could write its own and pick a fresh rate-limit key for
 * every guess. `npm start` therefore hands the socket's address down in PEER_ADDRESS_HEADER
 * (scripts/lib/server-preload.cjs, which overwrites anything a client sent under that name).
 * MASTHEAD_TRUST_PROXY is the number of reverse proxies in front of Masthead that append the address they
 * saw (nginx's $proxy_add_x_forwarded_for, a load balancer): the client is then that many entries from the
 * right of X-Forwarded-For. Entries further left were written by the client and are never trusted.
 */
export const PEER_ADDRESS_HEADER = 'x-masthead-peer-address';

export function clientIp(
  request: { forwardedFor: string | null | undefined; peerAddress: string | null | undefined },
  trustedProxies: number,
): string | null {
  const hops = (request.forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Without a proxy the socket's address is the client. A server not started by `npm start` (no peer
  // header) falls back to the last hop, which Next.js wrote when the client sent none.
  const address = trustedProxies === 0 && request.peerAddress ? request.peerAddress : hops[Math.max(0, hops.length - Math.max(1, trustedProxies))];
  // An IPv4 client on a dual-stack socket arrives as "::ffff:203.0.113.7"; people know it without the prefix.
  return address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') : null;
}

/** MASTHEAD_TRUST_PROXY as a count: unset, empty or not a whole number means no proxy. */
export function trustedProxyCount(value = process.env.MASTHEAD_TRUST_PROXY): number {
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** The address of a request, by its headers (a fetch Headers or next-auth's plain header object). */
export function requestIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | null {
  const read = (name: string) => {
    const raw = headers instanceof Headers ? headers.get(name) : headers?.[name];
    return Array.isArray(raw) ? raw.join(',') : raw;
  };
  return clientIp({ forwardedFor: read('x-forwarded-for'), peerAddress: read(PEER_ADDRESS_HEADER) }, trustedProxyCount());
}
