import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Webhook receivers must be on the public internet unless the operator allows private addresses: a
 * receiver URL is typed by an admin but requested by the server, from inside the newsroom's network, so
 * without this an address like http://10.0.0.5/ or http://169.254.169.254/ (cloud metadata) would let the
 * webhook log read answers from machines readers cannot reach (server-side request forgery).
 *
 * The address is checked where the connection is made, after DNS, so a name that resolves to a private
 * address (or starts to, between two deliveries) is refused too.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it stands for.
  return ipaddr.process(address).range() === 'unicast';
}

export class PrivateReceiverError extends Error {
  constructor(host: string, address = host) {
    super(
      `${host === address ? host : `${host} (${address})`} is a private address: webhook receivers must be public; ` +
        'set MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES=true to allow receivers inside your own network',
    );
    this.name = 'PrivateReceiverError';
  }
}

/** A host typed as an IP address or "localhost" can be judged before any request. */
export function literalPrivateHost(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return host;
  return isIP(host) && !isPublicAddress(host) ? host : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves as usual, then refuses private addresses. */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) return callback(new PrivateReceiverError(hostname, refused.address), []);
    if ('all' in options && options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
