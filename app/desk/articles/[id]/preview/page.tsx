import type { Metadata } from 'next';
import Link from 'next/link';
import { PreviewLinksPanel } from '@/components/article/preview-links-panel';
import { ArticleView } from '@/components/site/article-view';
import { serverCaller } from '@/server/api/server-caller';
import { appDb } from '@/server/db/client';
import { newsroomSettings } from '@/server/site/published-articles';

export const metadata: Metadata = { title: 'Preview' };

type Props = { params: Promise<{ id: string }> };

/** The last saved version, rendered exactly as the public page will render it. */
export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const [article, settings] = await Promise.all([(await serverCaller()).article.get({ id }), newsroomSettings(appDb())]);
  return (
    <div className="space-y-6">
      <p className="flex items-center justify-between rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
        <span>Preview of the last saved version. Readers see this once it is published.</span>
        <Link href={`/desk/articles/${id}`} className="underline">
          Back to editing
        </Link>
      </p>
      <PreviewLinksPanel articleId={id} timeZone={settings.timeZone} />
      <div className="rounded-xl bg-paper px-4 py-10">
        <ArticleView
          timeZone={settings.timeZone}
          article={{
            headline: article.headline,
            standfirst: article.standfirst,
            sectionName: article.section?.name ?? null,
            bylines: article.bylines.map((byline) => ({ name: byline.name, authorSlug: null })),
            publishedAt: article.publishedAt,
            updatedAt: article.contentUpdatedAt,
            leadImage: article.leadImage && { ...article.leadImage, width: null, height: null },
            sources: article.sources,
            bodyHtml: article.bodyHtml,
            tags: article.tags.map((tag) => ({ name: tag.name, slug: tag.slug })),
          }}
        />
      </div>
    </div>
  );
}
