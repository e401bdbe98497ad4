import { readSectionFeed } from '@/server/cache/public-reads';
import { withInternalErrorsReported } from '@/server/http/route-errors';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

export const GET = withInternalErrorsReported(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const xml = await readSectionFeed((await params).slug);
  if (xml === null) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
});
