import { readLiveBlogFeed } from '@/server/cache/public-reads';
import { withInternalErrorsReported } from '@/server/http/route-errors';

// A live blog's entries as RSS, from the cache (expired with the article's tag on every entry change).
export const dynamic = 'force-dynamic';

export const GET = withInternalErrorsReported(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const xml = await readLiveBlogFeed((await params).slug);
  if (!xml) return new Response('No live blog here.', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
});
