import { readNewsSitemap } from '@/server/cache/public-reads';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await readNewsSitemap(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
