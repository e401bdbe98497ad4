import type { Metadata } from 'next';
import { ArticleScreen } from '@/components/article/article-screen';
import { currentSession } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Article' };

type Props = { params: Promise<{ id: string }> };

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  // The desk layout has already turned away anyone without a session; the name labels this person's caret.
  const session = await currentSession();
  return <ArticleScreen articleId={id} me={{ id: session?.actor.id ?? '', name: session?.actor.name ?? '' }} />;
}
