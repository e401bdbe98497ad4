import { appDb } from '@/server/db/client';
import { newsSitemapXml } from '@/server/site/feeds';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await newsSitemapXml(appDb()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
