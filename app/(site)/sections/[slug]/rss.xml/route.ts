import { appDb } from '@/server/db/client';
import { rssFeed } from '@/server/site/feeds';
import { findSection } from '@/server/site/site-pages';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const db = appDb();
  const { section } = await findSection(db, (await params).slug);
  if (!section) return new Response('Not found', { status: 404 });
  return new Response(await rssFeed(db, { section }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
