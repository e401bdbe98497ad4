import { NextResponse, type NextRequest } from 'next/server';
import { readArticleAtAddress, readSettings } from './server/cache/public-reads';

/**
 * 410 Gone for the address of a withdrawn article (published once, then unpublished), so search engines
 * and readers learn it was taken down on purpose. Here because a page can only answer 404 (notFound), not
 * 410. The lookup is the article page's own cached read, revalidated with it: no query per request.
 */
export async function proxy(request: NextRequest) {
  const slug = safeDecode(request.nextUrl.pathname.slice('/articles/'.length));
  if (slug === null || (await readArticleAtAddress(slug)).kind !== 'withdrawn') return NextResponse.next();
  const { name } = await readSettings();
  return new NextResponse(goneHtml(name), { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export const config = { matcher: '/articles/:slug' };

/** A malformed escape (`%E0%A4%A`) is no article's address: the page answers 404 for it. */
function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function goneHtml(newsroom: string) {
  const safe = newsroom.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Article withdrawn · ${safe}</title></head><body><main><h1>This article has been withdrawn</h1><p>${safe} has taken this article down. <a href="/">Go to the front page</a>.</p></main></body></html>`;
}
