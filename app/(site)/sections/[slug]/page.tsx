import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { FrontView } from '@/components/site/front-view';
import { readSectionPage, readSettings } from '@/server/cache/public-reads';
import { siteUrl } from '@/server/site/site-url';

// Whole cached pages, rendered on first request (the build has no database), kept until a tag is revalidated.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await readSectionPage((await params).slug);
  if (!section) return {};
  return {
    title: section.name,
    description: section.description || undefined,
    alternates: { canonical: siteUrl(`/sections/${section.slug}`), types: { 'application/rss+xml': siteUrl(`/sections/${section.slug}/rss.xml`) } },
  };
}

export default async function SectionPage({ params }: Props) {
  const [{ section, redirectTo, front }, settings] = await Promise.all([readSectionPage((await params).slug), readSettings()]);
  if (redirectTo) permanentRedirect(`/sections/${redirectTo}`); // a renamed section keeps its old links
  if (!section || !front) notFound();
  const heading = (
    <div>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      {section.description && <p className="mt-2 text-muted">{section.description}</p>}
    </div>
  );
  return <FrontView front={front} timeZone={settings.timeZone} heading={heading} />;
}
