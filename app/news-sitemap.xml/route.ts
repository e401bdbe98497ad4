import { readNewsSitemap } from '@/server/cache/public-reads';
import { withInternalErrorsReported } from '@/server/http/route-errors';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

export const GET = withInternalErrorsReported(async () =>
  new Response(await readNewsSitemap(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } }),
);
