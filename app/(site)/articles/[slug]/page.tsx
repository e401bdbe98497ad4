import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { LiveBlogEntries } from '@/components/site/live-blog-entries';
import { readArticleAtAddress, readLiveBlogEntries, readSettings } from '@/server/cache/public-reads';
import { liveBlogPostingJsonLd, newsArticleJsonLd } from '@/server/site/news-article-json-ld';
import { articleMetadata } from '@/server/site/site-metadata';

// Whole cached pages (ISR): none is built ahead (the build has no database); each address is rendered on
// its first request and kept until one of its cache tags is revalidated (see server/cache/public-reads.ts).
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, settings] = await Promise.all([readArticleAtAddress((await params).slug), readSettings()]);
  if (found.kind === 'withdrawn' || found.kind === 'takenDown') return { title: `Article withdrawn · ${settings.name}`, robots: { index: false } };
  if (found.kind === 'moved') return {};
  if (found.kind !== 'live') return {};
  return articleMetadata(found.article, settings);
}

export default async function ArticlePage({ params }: Props) {
  const [found, settings] = await Promise.all([readArticleAtAddress((await params).slug), readSettings()]);
  if (found.kind === 'withdrawn') return <WithdrawnArticle newsroom={settings.name} marker={process.env.MASTHEAD_GONE_MARKER} notice={null} />;
  if (found.kind === 'takenDown') {
    return <WithdrawnArticle newsroom={settings.name} marker={found.legal ? process.env.MASTHEAD_LEGAL_MARKER : process.env.MASTHEAD_GONE_MARKER} notice={found.notice} />;
  }
  // A former address of an article: sent on to the current one (301, see scripts/lib/public-answers.cjs).
  if (found.kind === 'moved') permanentRedirect(`/articles/${found.slug}`);
  if (found.kind !== 'live') notFound();
  const { article } = found;
  // Read only for live blogs; cached under the article's tag like the page, so an entry expires both.
  const entries = article.isLiveBlog ? ((await readLiveBlogEntries(article.slug)) ?? []) : null;
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: entries ? liveBlogPostingJsonLd(article, entries, settings.name) : newsArticleJsonLd(article, settings.name) }}
      />
      <ArticleView
        timeZone={settings.timeZone}
        article={{ ...article, sectionName: article.section?.name ?? null, sectionSlug: article.section?.slug ?? null, updatedAt: article.contentUpdatedAt }}
      />
      {entries && (
        <LiveBlogEntries
          slug={article.slug}
          timeZone={settings.timeZone}
          initial={entries.map((entry) => ({ ...entry, postedAt: entry.postedAt.toISOString() }))}
        />
      )}
    </>
  );
}

/**
 * Answered with 410 Gone (withdrawn, or taken down for safety) or 451 (taken down on a legal order), so
 * search engines and readers learn it was taken down on purpose, with the newsroom's notice if it gave one.
 * A page can only answer 404 (notFound): the cached page carries the server's secret marker instead, and
 * the server sends the answer with 410 or 451 and the marker blanked (scripts/lib/public-answers.cjs).
 * Deciding it per request before the page, as proxy.ts once did, cost a database read on every request.
 */
function WithdrawnArticle({ newsroom, marker, notice }: { newsroom: string; marker: string | undefined; notice: string | null }) {
  return (
    <section>
      <h1 className="font-serif text-3xl font-bold">This article has been withdrawn</h1>
      <p className="mt-3">
        {newsroom} has taken this article down. <Link href="/" className="underline">Go to the front page</Link>.
      </p>
      {notice && (
        <p className="mt-3 whitespace-pre-line rounded border border-line p-3" data-testid="takedown-notice">
          {notice}
        </p>
      )}
      <div hidden data-masthead-status={marker} />
    </section>
  );
}
