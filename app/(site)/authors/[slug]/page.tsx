import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { appDb } from '@/server/db/client';
import { listLatestPublished, newsroomSettings } from '@/server/site/published-articles';
import { findAuthor } from '@/server/site/site-pages';
import { siteUrl } from '@/server/site/site-url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await findAuthor(appDb(), (await params).slug);
  return author ? { title: author.name, description: author.bio || undefined, alternates: { canonical: siteUrl(`/authors/${author.slug}`) } } : {};
}

export default async function AuthorPage({ params }: Props) {
  const db = appDb();
  const author = await findAuthor(db, (await params).slug);
  if (!author) notFound();
  const [settings, articles] = await Promise.all([newsroomSettings(db), listLatestPublished(db, { limit: 30, authorId: author.id })]);
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">{author.name}</h1>
      {author.jobTitle && <p className="mt-1 text-muted">{author.jobTitle}</p>}
      {author.bio && <p className="mt-3 max-w-2xl">{author.bio}</p>}
      <TeaserList articles={articles} timeZone={settings.timeZone} />
    </section>
  );
}
