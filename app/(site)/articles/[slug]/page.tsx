import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { appDb } from '@/server/db/client';
import { findPublishedArticle, newsroomSettings } from '@/server/site/published-articles';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findPublishedArticle(appDb(), (await params).slug);
  return article ? { title: article.headline, description: article.standfirst } : {};
}

export default async function ArticlePage({ params }: Props) {
  const db = appDb();
  const [article, settings] = await Promise.all([findPublishedArticle(db, (await params).slug), newsroomSettings(db)]);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-2xl">
      {article.section && <p className="text-xs font-semibold uppercase text-accent">{article.section.name}</p>}
      <h1 className="mt-2 font-serif text-4xl font-bold leading-tight">{article.headline}</h1>
      <p className="mt-4 text-sm text-muted">
        <span className="font-medium text-ink">{article.bylines.map((byline) => byline.name).join(', ')}</span>
        {article.publishedAt && (
          <>
            {' · '}
            <time dateTime={article.publishedAt.toISOString()}>
              {formatNewsroomTime(article.publishedAt, settings.timeZone)}
            </time>
          </>
        )}
      </p>
      {article.leadImage && (
        <figure className="mt-6">
          {/* eslint-disable-next-line @next/next/no-img-element -- stored images are served as-is */}
          <img
            src={article.leadImage.url}
            alt={article.leadImage.alt}
            width={article.leadImage.width ?? undefined}
            height={article.leadImage.height ?? undefined}
            className="w-full rounded"
          />
          <figcaption className="mt-2 text-sm text-muted">
            {article.leadImage.caption} <span className="credit">{article.leadImage.credit}</span>
          </figcaption>
        </figure>
      )}
      {article.standfirst && <p className="mt-6 font-serif text-xl leading-relaxed">{article.standfirst}</p>}
      {article.sources.length > 0 && (
        <p className="mt-4 text-sm">
          Source:{' '}
          {article.sources.map((source, index) => (
            <span key={source.name}>
              {index > 0 && ', '}
              {source.url ? <a href={source.url} className="underline">{source.name}</a> : source.name}
            </span>
          ))}
        </p>
      )}
      <div className="article-body mt-6 font-serif text-lg leading-relaxed" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug} className="rounded-full border border-line px-3 py-1 text-sm">
              {tag.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
