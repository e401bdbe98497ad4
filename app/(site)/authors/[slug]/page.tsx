import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeaserList } from '@/components/site/teaser-list';
import { readAuthorPage, readSettings } from '@/server/cache/public-reads';
import { siteUrl } from '@/server/site/site-url';

// Whole cached pages, rendered on first request (the build has no database), kept until a tag is revalidated.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

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
      <div className="flex items-start gap-5">
        {author.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- our own stored, re-encoded upload, shown at a fixed size
          <img src={author.photoUrl} alt={`Photo of ${author.name}`} width={112} height={112} className="h-28 w-28 shrink-0 rounded-full border border-line object-cover" />
        )}
        <div>
          <h1 className="font-serif text-3xl font-bold">{author.name}</h1>
          {author.jobTitle && <p className="mt-1 text-muted">{author.jobTitle}</p>}
          {/* whitespace-pre-line: the bio's own paragraph breaks, as text (never HTML). */}
          {author.bio && <p className="mt-3 max-w-2xl whitespace-pre-line">{author.bio}</p>}
        </div>
      </div>
      <TeaserList articles={articles} timeZone={settings.timeZone} />
    </section>
  );
}
