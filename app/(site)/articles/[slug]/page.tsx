import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { readArticleAtAddress, readSettings } from '@/server/cache/public-reads';
import { newsArticleJsonLd } from '@/server/site/news-article-json-ld';
import { siteUrl } from '@/server/site/site-url';

// Rendered on request, never at build time (the build has no database); the data comes from the cache.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await readArticleAtAddress((await params).slug);
  if (found.kind !== 'live') return {};
  const { article } = found;
  const url = siteUrl(`/articles/${article.slug}`);
  const images = article.leadImage ? [{ url: siteUrl(article.leadImage.url), alt: article.leadImage.alt }] : undefined;
  return {
    title: article.headline,
    description: article.standfirst || undefined,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.headline,
      description: article.standfirst || undefined,
      images,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.contentUpdatedAt?.toISOString(),
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.bylines.map((byline) => byline.name),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: article.headline, description: article.standfirst || undefined },
  };
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
        article={{ ...article, sectionName: article.section?.name ?? null, updatedAt: article.contentUpdatedAt }}
      />
    </>
  );
}
