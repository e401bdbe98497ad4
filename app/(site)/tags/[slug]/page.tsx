import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { appDb } from '@/server/db/client';
import { listLatestPublished, newsroomSettings } from '@/server/site/published-articles';
import { findTag } from '@/server/site/site-pages';
import { siteUrl } from '@/server/site/site-url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await findTag(appDb(), (await params).slug);
  return tag ? { title: tag.name, alternates: { canonical: siteUrl(`/tags/${tag.slug}`) } } : {};
}

export default async function TagPage({ params }: Props) {
  const db = appDb();
  const tag = await findTag(db, (await params).slug);
  if (!tag) notFound();
  const [settings, articles] = await Promise.all([newsroomSettings(db), listLatestPublished(db, { limit: 30, tagId: tag.id })]);
  return (
    <section>
      <p className="text-sm uppercase tracking-wide text-muted">Tag</p>
      <h1 className="font-serif text-3xl font-bold">{tag.name}</h1>
      <TeaserList articles={articles} timeZone={settings.timeZone} />
    </section>
  );
}
