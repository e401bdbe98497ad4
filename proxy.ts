import { NextResponse, type NextRequest } from 'next/server';
import { readArticleAtAddress, readSettings } from './server/cache/public-reads';
import { addressProblem, badAddressHtml } from './server/http/address-problem';
import { areaOf, isHttps, newNonce, securityHeaders } from './server/http/security-headers';

/**
 * Every request but Next's static files: refuses addresses that can name nothing (400), answers 410 for
 * withdrawn articles, and puts the security headers, with a new CSP nonce, on whatever is answered.
 */
export async function proxy(request: NextRequest) {
  const response = badAddressResponse(request) ?? (await withdrawnArticleResponse(request));
  return withSecurityHeaders(request, response);
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' };

/**
 * The headers of server/http/security-headers.ts on the answer. When the request goes on to a page, the
 * policy is also set on the request: Next.js reads the nonce from there and puts it on its scripts.
 */
function withSecurityHeaders(request: NextRequest, answered: NextResponse | null): NextResponse {
  const headers = securityHeaders({
    area: areaOf(request.nextUrl.pathname),
    nonce: newNonce(),
    https: isHttps(request.nextUrl, request.headers.get('x-forwarded-proto')),
    dev: process.env.NODE_ENV === 'development',
  });
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

/**
 * 410 Gone for the address of a withdrawn article (published once, then unpublished), so search engines
 * and readers learn it was taken down on purpose. Here because a page can only answer 404 (notFound), not
 * 410. The lookup is the article page's own cached read, revalidated with it: no query per request.
 */
async function withdrawnArticleResponse(request: NextRequest): Promise<NextResponse | null> {
  const match = /^\/articles\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (!match?.[1]) return null;
  // Decodes: addresses with malformed escapes were refused above.
  const slug = decodeURIComponent(match[1]);
  if ((await readArticleAtAddress(slug)).kind !== 'withdrawn') return null;
  const { name } = await readSettings();
  return new NextResponse(goneHtml(name), { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

function goneHtml(newsroom: string) {
  const safe = newsroom.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Article withdrawn · ${safe}</title></head><body><main><h1>This article has been withdrawn</h1><p>${safe} has taken this article down. <a href="/">Go to the front page</a>.</p></main></body></html>`;
}
