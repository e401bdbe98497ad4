import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVATE_PATHS, PUBLIC_ROUTES, PURGE_KEYS_HEADER, PURGE_METHOD, SURROGATE_KEY_HEADER, surrogateKeyHeaderValue } from './surrogate-keys';

/** The VCL template in the repository (placeholders written @NAME@). */
export const EDGE_VCL_TEMPLATE = path.resolve(import.meta.dirname, '../../varnish/masthead.vcl');

export type EdgeVclOptions = {
  backendHost: string;
  backendPort: number;
  /** The bearer token purges must carry (edgePurgeToken of the app's NEXTAUTH_SECRET). */
  purgeToken: string;
  /** Addresses or networks ("10.0.0.0/8") allowed to purge, besides holding the token. */
  purgeFrom?: readonly string[];
  /** How long a public page is kept when the app gives it no shared-cache lifetime (purges end it sooner). */
  defaultTtlSeconds?: number;
  /** How long a 404, 410 or 451 is kept. */
  negativeTtlSeconds?: number;
  /** How long past its lifetime a page is still served while the app cannot answer. */
  staleIfDownSeconds?: number;
};

/** The VCL for one backend, from the template: what `npm run edge:vcl` prints and the tests run. */
export function renderEdgeVcl({
  backendHost,
  backendPort,
  purgeToken,
  purgeFrom = ['127.0.0.1', '::1'],
  defaultTtlSeconds = 3_600,
  negativeTtlSeconds = 30,
  staleIfDownSeconds = 86_400,
}: EdgeVclOptions): string {
  if (!/^[A-Za-z0-9_-]{20,}$/.test(purgeToken)) throw new Error('The purge token must be at least 20 URL-safe characters.');
  const values: Record<string, string> = {
    BACKEND_HOST: vclString(backendHost),
    BACKEND_PORT: String(backendPort),
    PURGE_ACL: purgeFrom.map(aclEntry).join('\n'),
    PURGE_TOKEN: purgeToken,
    PURGE_METHOD,
    PURGE_KEYS_HEADER,
    SURROGATE_KEY_HEADER,
    PRIVATE_PATHS: vclString(PRIVATE_PATHS),
    PUBLIC_PATHS: vclString(PUBLIC_ROUTES.map((route) => route.pattern).join('|')),
    ROUTE_KEYS: routeKeysVcl(),
    DEFAULT_TTL: `${defaultTtlSeconds}s`,
    NEGATIVE_TTL: `${negativeTtlSeconds}s`,
    STALE_IF_DOWN: `${staleIfDownSeconds}s`,
  };
  return readFileSync(EDGE_VCL_TEMPLATE, 'utf8').replace(/@([A-Z_]+)@/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder ${placeholder} in ${EDGE_VCL_TEMPLATE}`);
    return value;
  });
}

/** One `if` per public route, setting the route's keys, the slug taken from the path by regsub. */
function routeKeysVcl(): string {
  return PUBLIC_ROUTES.map((route, index) => {
    const keys = vclString(surrogateKeyHeaderValue(route.keys('\\1')));
    const test = `${index === 0 ? 'if' : '} elsif'} (bereq.http.X-Masthead-Path ~ "${vclString(route.pattern)}") {`;
    return `  ${test}\n    set beresp.http.${SURROGATE_KEY_HEADER} = regsub(bereq.http.X-Masthead-Path, "${vclString(route.pattern)}", "${keys}");`;
  })
    .concat('  }')
    .join('\n');
}

/** A value inside a VCL "…" string: those cannot hold a double quote or a line break. */
function vclString(value: string): string {
  if (/["\n\r]/.test(value)) throw new Error(`Not allowed in a VCL string: ${JSON.stringify(value)}`);
  return value;
}

function aclEntry(entry: string): string {
  const match = /^([0-9A-Fa-f.:]+)(?:\/(\d{1,3}))?$/.exec(entry);
  if (!match?.[1]) throw new Error(`Not an address or network for the purge ACL: ${entry}`);
  return `  "${match[1]}"${match[2] ? `/${match[2]}` : ''};`;
}
