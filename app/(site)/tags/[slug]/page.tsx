import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { readSettings, readTagPage } from '@/server/cache/public-reads';
import { siteUrl } from '@/server/site/site-url';

// Whole cached pages, rendered on first request (the build has no database), kept until a tag is revalidated.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await readTagPage((await params).slug);
  return tag ? { title: tag.name, alternates: { canonical: siteUrl(`/tags/${tag.slug}`) } } : {};
}

export default async function TagPage({ params }: Props) {
  const [{ tag, articles }, settings] = await Promise.all([readTagPage((await params).slug), readSettings()]);
  if (!tag) notFound();
  return (
    <section>
      <p className="text-sm uppercase tracking-wide text-muted">Tag</p>
      <h1 className="font-serif text-3xl font-bold">{tag.name}</h1>
      <TeaserList articles={articles} timeZone={settings.timeZone} />
    </section>
  );
}
