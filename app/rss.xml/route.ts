import { appDb } from '@/server/db/client';
import { rssFeed } from '@/server/site/feeds';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await rssFeed(appDb()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
