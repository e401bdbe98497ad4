import { readLiveBlogEntries } from '@/server/cache/public-reads';
import { withInternalErrorsReported } from '@/server/http/route-errors';

// Polled by the live blog's open pages (components/site/live-blog-entries.tsx). Rendered on request from the
// cached read, which every entry change expires; proxy.ts gives it the public caching headers and the
// article's surrogate key, so Varnish answers the polls and is purged with the page.
export const dynamic = 'force-dynamic';

export const GET = withInternalErrorsReported(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const entries = await readLiveBlogEntries((await params).slug);
  if (!entries) return Response.json({ error: 'No live blog here.' }, { status: 404 });
  return Response.json({ entries });
});
