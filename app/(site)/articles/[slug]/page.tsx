import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { appDb } from '@/server/db/client';
import { newsArticleJsonLd } from '@/server/site/news-article-json-ld';
import { findPublishedArticle, newsroomSettings } from '@/server/site/published-articles';
import { siteUrl } from '@/server/site/site-url';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findPublishedArticle(appDb(), (await params).slug);
  if (!article) return {};
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
  const db = appDb();
  const [article, settings] = await Promise.all([findPublishedArticle(db, (await params).slug), newsroomSettings(db)]);
  if (!article) notFound();
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
