import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { appDb } from '@/server/db/client';
import { listLatestPublished, newsroomSettings } from '@/server/site/published-articles';
import { findSection } from '@/server/site/site-pages';
import { siteUrl } from '@/server/site/site-url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await findSection(appDb(), (await params).slug);
  if (!section) return {};
  return {
    title: section.name,
    description: section.description || undefined,
    alternates: { canonical: siteUrl(`/sections/${section.slug}`), types: { 'application/rss+xml': siteUrl(`/sections/${section.slug}/rss.xml`) } },
  };
}

export default async function SectionPage({ params }: Props) {
  const db = appDb();
  const { section, redirectTo } = await findSection(db, (await params).slug);
  if (redirectTo) permanentRedirect(`/sections/${redirectTo}`); // a renamed section keeps its old links
  if (!section) notFound();
  const [settings, articles] = await Promise.all([newsroomSettings(db), listLatestPublished(db, { limit: 30, sectionId: section.id })]);
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      {section.description && <p className="mt-2 text-muted">{section.description}</p>}
      <TeaserList articles={articles} timeZone={settings.timeZone} showSection={false} />
    </section>
  );
}
