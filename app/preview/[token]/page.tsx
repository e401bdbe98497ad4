import type { Metadata } from 'next';
import { ArticleView } from '@/components/site/article-view';
import { appDb } from '@/server/db/client';
import { mediaUrl } from '@/server/media/storage';
import { openPreviewLink } from '@/server/preview/open-preview-link';
import { newsroomSettings } from '@/server/site/published-articles';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** A shared preview: the latest saved version, as readers will see it, for whoever holds a valid link. */
export default async function SharedPreviewPage({ params }: Props) {
  const db = appDb();
  const opened = await openPreviewLink(db, { token: (await params).token });
  if ('refused' in opened) {
    return (
      <main className="mx-auto max-w-xl p-10 text-center">
        <h1 className="font-serif text-2xl font-bold">This preview link has {opened.refused === 'expired' ? 'expired' : 'stopped working'}</h1>
        <p className="mt-2 text-muted">Ask the newsroom for a new one.</p>
      </main>
    );
  }
  const { article } = opened;
  const settings = await newsroomSettings(db);
  return (
    <main className="min-h-screen bg-paper px-4 py-10">
      <p className="mx-auto mb-8 max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
        Preview: not yet published. Please do not share this link.
      </p>
      <ArticleView
        timeZone={settings.timeZone}
        article={{
          headline: article.headline,
          standfirst: article.standfirst,
          sectionName: article.section?.name ?? null,
          bylines: article.bylines.map((b) => ({ name: b.user?.name ?? b.contributorName ?? '', authorSlug: null })),
          publishedAt: article.publishedAt,
          updatedAt: article.contentUpdatedAt,
          leadImage: article.leadImage && {
            url: mediaUrl(article.leadImage.storageKey),
            width: article.leadImage.width,
            height: article.leadImage.height,
            caption: article.leadImageCaption,
            credit: article.leadImageCredit,
            alt: article.leadImageAlt,
          },
          sources: article.sources.map(({ name, url }) => ({ name, url })),
          bodyHtml: article.bodyHtml,
          tags: article.tags.map(({ tag }) => tag),
        }}
      />
    </main>
  );
}
