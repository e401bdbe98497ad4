import Link from 'next/link';
import { Fragment } from 'react';
import { ResponsivePicture } from '@/components/site/responsive-picture';
import type { ResponsivePicture as Picture } from '@/server/media/renditions';
import { ARTICLE_COLUMN_SIZES } from '@/server/content/responsive-body-images';
import { lazyBodyImages } from '@/server/media/lazy-body-images';
import { formatNewsroomTime } from '@/server/text/newsroom-time';
import { PublicNotes, type PublicNote } from './public-notes';

export type ArticleViewModel = {
  headline: string;
  standfirst: string;
  sectionName: string | null;
  /** Where the section label links to; null shows it as plain text. */
  sectionSlug?: string | null;
  bylines: { name: string; authorSlug: string | null }[];
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** `picture`: its renditions (public pages); without them (previews) the original is shown. */
  leadImage: { url: string; width: number | null; height: number | null; picture?: Picture | null; caption: string; credit: string; alt: string } | null;
  sources: { name: string; url: string | null }[];
  /** Sanitized HTML from THE renderer (server/content/render-article-body.ts). */
  bodyHtml: string;
  tags: { name: string; slug: string }[];
  /** Public notes published with updates, newest first (the desk's previews have none). */
  notes?: PublicNote[];
};

/** The article as readers see it. The public page and the desk preview both render exactly this. */
export function ArticleView({ article, timeZone }: { article: ArticleViewModel; timeZone: string }) {
  return (
    <article className="mx-auto max-w-2xl">
      {article.sectionName && (
        <p className="text-xs font-semibold uppercase text-accent">
          {article.sectionSlug ? (
            <Link href={`/sections/${article.sectionSlug}`} className="hover:underline" data-testid="section-label">
              {article.sectionName}
            </Link>
          ) : (
            article.sectionName
          )}
        </p>
      )}
      <h1 className="mt-2 font-serif text-4xl font-bold leading-tight">{article.headline}</h1>
      <p className="mt-4 text-sm text-muted" data-testid="byline">
        <span className="font-medium text-ink">
          {article.bylines.map((byline, index) => (
            <Fragment key={`${byline.name}-${index}`}>
              {index > 0 && ', '}
              {byline.authorSlug ? (
                <Link href={`/authors/${byline.authorSlug}`} className="hover:underline">
                  {byline.name}
                </Link>
              ) : (
                byline.name
              )}
            </Fragment>
          ))}
        </span>
        {article.publishedAt && (
          <>
            {' · '}
            <time dateTime={article.publishedAt.toISOString()}>{formatNewsroomTime(article.publishedAt, timeZone)}</time>
          </>
        )}
        {article.updatedAt && (
          <>
            {' · Updated '}
            <time dateTime={article.updatedAt.toISOString()}>{formatNewsroomTime(article.updatedAt, timeZone)}</time>
          </>
        )}
      </p>
      {article.leadImage && (
        <figure className="mt-6">
          {article.leadImage.picture ? (
            <ResponsivePicture picture={article.leadImage.picture} alt={article.leadImage.alt} sizes={ARTICLE_COLUMN_SIZES} priority className="h-auto w-full rounded" />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- previews show the stored original
            <img
              src={article.leadImage.url}
              alt={article.leadImage.alt}
              width={article.leadImage.width ?? undefined}
              height={article.leadImage.height ?? undefined}
              className="h-auto w-full rounded"
            />
          )}
          <figcaption className="mt-2 text-sm">
            {article.leadImage.caption && <span className="text-ink">{article.leadImage.caption}</span>}
            {article.leadImage.credit && (
              <span className="credit mt-0.5 block text-xs uppercase tracking-wide text-muted">{article.leadImage.credit}</span>
            )}
          </figcaption>
        </figure>
      )}
      {article.standfirst && <p className="mt-6 font-serif text-xl leading-relaxed">{article.standfirst}</p>}
      {article.sources.length > 0 && (
        <p className="mt-4 text-sm" data-testid="sources">
          Source:{' '}
          {article.sources.map((source, index) => (
            <span key={`${source.name}-${index}`}>
              {index > 0 && ', '}
              {source.url ? (
                <a href={source.url} className="underline" rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                source.name
              )}
            </span>
          ))}
        </p>
      )}
      <div className="article-body mt-6 font-serif text-lg leading-relaxed" dangerouslySetInnerHTML={{ __html: lazyBodyImages(article.bodyHtml) }} />
      <PublicNotes notes={article.notes ?? []} timeZone={timeZone} />
      {article.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={`/tags/${tag.slug}`} className="block rounded-full border border-line px-3 py-1 text-sm hover:bg-wash">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
