import type { Metadata } from 'next';
import { ArticleScreen } from '@/components/article/article-screen';

export const metadata: Metadata = { title: 'Article' };

type Props = { params: Promise<{ id: string }> };

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  return <ArticleScreen articleId={id} />;
}
