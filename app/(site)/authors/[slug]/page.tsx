import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { readAuthorPage, readSettings } from '@/server/cache/public-reads';
import { siteUrl } from '@/server/site/site-url';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author } = await readAuthorPage((await params).slug);
  return author ? { title: author.name, description: author.bio || undefined, alternates: { canonical: siteUrl(`/authors/${author.slug}`) } } : {};
}

export default async function AuthorPage({ params }: Props) {
  const [{ author, articles }, settings] = await Promise.all([readAuthorPage((await params).slug), readSettings()]);
  if (!author) notFound();
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">{author.name}</h1>
      {author.jobTitle && <p className="mt-1 text-muted">{author.jobTitle}</p>}
      {author.bio && <p className="mt-3 max-w-2xl">{author.bio}</p>}
      <TeaserList articles={articles} timeZone={settings.timeZone} />
    </section>
  );
}
