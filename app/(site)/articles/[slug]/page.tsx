import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { readArticleAtAddress, readSettings } from '@/server/cache/public-reads';
import { newsArticleJsonLd } from '@/server/site/news-article-json-ld';
import { articleMetadata } from '@/server/site/site-metadata';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, settings] = await Promise.all([readArticleAtAddress((await params).slug), readSettings()]);
  if (found.kind !== 'live') return {};
  return articleMetadata(found.article, settings);
}

export default async function ArticlePage({ params }: Props) {
  const [found, settings] = await Promise.all([readArticleAtAddress((await params).slug), readSettings()]);
  // A withdrawn article never gets here: proxy.ts answers 410 Gone for it.
  if (found.kind !== 'live') notFound();
  const { article } = found;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, settings.name) }} />
      <ArticleView
        timeZone={settings.timeZone}
        article={{ ...article, sectionName: article.section?.name ?? null, sectionSlug: article.section?.slug ?? null, updatedAt: article.contentUpdatedAt }}
      />
    </>
  );
}
