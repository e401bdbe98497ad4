import { NextResponse, type NextRequest } from 'next/server';
import { addressProblem, badAddressHtml } from './server/http/address-problem';
import { hasSessionCookie, publicCacheHeaders } from './server/http/public-cache-headers';
import { areaOf, isHttps, newNonce, securityHeaders } from './server/http/security-headers';

/**
 * Every request but Next's static files: refuses addresses that can name nothing (400), and puts the
 * security headers (with the CSP nonce) and, on public pages, the caching headers on whatever is answered.
 * No database read here: a withdrawn article's 410 comes from its cached page (scripts/lib/public-answers.cjs).
 */
export function proxy(request: NextRequest) {
  return withHeaders(request, badAddressResponse(request));
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' };

/**
 * The headers of server/http/security-headers.ts and public-cache-headers.ts on the answer. When the
 * request goes on to a page, the policy is also set on the request: Next.js reads the nonce from there
 * and puts it on its scripts.
 *
 * The public site's nonce is the server's fixed placeholder (MASTHEAD_NONCE_PLACEHOLDER, set by
 * scripts/lib/public-answers.cjs): its pages are rendered once and cached, and that module puts a new nonce
 * in place of the placeholder in each answer. The desk renders per request with a nonce of its own.
 * Without the placeholder (a server started without `npm start`), every answer gets its own nonce.
 */
function withHeaders(request: NextRequest, answered: NextResponse | null): NextResponse {
  const { pathname } = request.nextUrl;
  const area = areaOf(pathname);
  const headers = {
    ...securityHeaders({
      area,
      nonce: (area === 'site' && process.env.MASTHEAD_NONCE_PLACEHOLDER) || newNonce(),
      https: isHttps(request.nextUrl, request.headers.get('x-forwarded-proto')),
      dev: process.env.NODE_ENV === 'development',
    }),
    ...(!answered && publicCacheHeaders({ method: request.method, pathname, signedIn: hasSessionCookie(request.cookies.getAll().map((c) => c.name)) })),
  };
  let response = answered;
  if (!response) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function badAddressResponse(request: NextRequest): NextResponse | null {
  const problem = addressProblem(request.nextUrl.pathname, request.nextUrl.search);
  if (!problem) return null;
  return new NextResponse(badAddressHtml(problem), { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
