/**
 * THE security headers of every page and API answer, built in one pure place (proxy.ts applies them).
 *
 * Scripts run only with this request's nonce ('strict-dynamic' lets those scripts load Next's chunks), so
 * injected markup cannot run script even if it got past the sanitizer. Next.js reads the nonce from the
 * Content-Security-Policy request header and puts it on its own scripts; that needs every page rendered
 * per request (the root layout waits for the request). A later HTML cache for the public site cannot
 * serve one page to everyone while nonces are per request: SITE_POLICY is the one place to change then
 * (e.g. to hashes, or to Next's experimental SRI).
 *
 * Styles may be inline: Radix dialogs and Tiptap add <style> elements at run time and React writes style
 * attributes; CSS cannot run script, and article HTML is sanitized before it is stored or shown.
 */
export type Area = 'desk' | 'site';

type Directives = Record<string, string[]>;

const BASE_POLICY: Directives = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // Lead images are our own uploads; body images may be any https address (server/content/safe-urls.ts).
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The desk is never framed; the public site only by itself (e.g. the desk's preview of a page). */
const FRAMING: Record<Area, string> = { desk: "'none'", site: "'self'" };
const SITE_POLICY: Directives = { ...BASE_POLICY, 'frame-ancestors': [FRAMING.site] };
const DESK_POLICY: Directives = { ...BASE_POLICY, 'frame-ancestors': [FRAMING.desk] };

/** Staff screens and everything not meant for readers; the rest is the public site. */
const DESK_PATHS = /^\/(desk|signin|reset-password|preview|api)(\/|$)/;

export function areaOf(pathname: string): Area {
  return DESK_PATHS.test(pathname) ? 'desk' : 'site';
}

/** 128 random bits, base64: a new one for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ area, nonce, https, dev = false }: { area: Area; nonce: string; https: boolean; dev?: boolean }): string {
  const directives: Directives = {
    ...(area === 'desk' ? DESK_POLICY : SITE_POLICY),
    // React's development build evaluates code to rebuild server stacks; production never needs eval.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
  };
  const lines = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (https) lines.push('upgrade-insecure-requests');
  return lines.join('; ');
}

/** Served over HTTPS: the address says so, or the TLS-terminating proxy in front does (first hop). */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === 'https:' || forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export function securityHeaders(options: { area: Area; nonce: string; https: boolean; dev?: boolean }): Record<string, string> & { 'Content-Security-Policy': string } {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': options.area === 'desk' ? 'DENY' : 'SAMEORIGIN',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Only over HTTPS: sent over plain HTTP it would be ignored, and a local http:// install must keep working.
    ...(options.https && { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }),
  };
}
