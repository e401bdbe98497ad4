import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { appDb } from '@/server/db/client';
import { findPublishedArticle, newsroomSettings } from '@/server/site/published-articles';

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
    <ArticleView
      timeZone={settings.timeZone}
      article={{ ...article, sectionName: article.section?.name ?? null, updatedAt: article.contentUpdatedAt }}
    />
  );
}
