import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleFilters } from '@/components/desk/article-filters';
import { ArticleTable } from '@/components/desk/article-table';
import { serverCaller } from '@/server/api/server-caller';
import { articleListHref, articleListInputFromUrl } from '@/server/article/article-list-url';
import { effectiveSort } from '@/server/article/list-articles';

export const metadata: Metadata = { title: 'Articles' };

/** The count as the desk knows it: past a thousand it stops counting (and ranking), and says so. */
function matchesText({ count, more }: { count: number; more: boolean }, bestMatch: boolean): string {
  const number = count.toLocaleString('en');
  if (more) return bestMatch ? `${number}+ results; best match ranks the newest ${number}` : `${number}+ results`;
  return count === 1 ? '1 result' : `${number} results`;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every article the actor may see, filtered, searched and paged; all of it in the URL. */
export default async function ArticleListPage({ searchParams }: Props) {
  const input = articleListInputFromUrl(await searchParams);
  const api = await serverCaller();
  const [page, options, newsroom] = await Promise.all([api.article.list(input), api.article.formOptions(), api.settings.newsroom()]);
  const sort = effectiveSort({ q: input.q ?? '', sort: input.sort ?? 'updated' });
  const date = sort === 'published' || input.dateField === 'published' ? 'published' : sort === 'scheduled' ? 'scheduled' : 'updated';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Articles</h1>
      <ArticleFilters input={input} sections={options.sections} tags={options.tags} staff={options.staff} timeZone={newsroom.timeZone} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        {page.matches && (
          <p className="text-sm text-muted">
            {matchesText(page.matches, sort === 'relevance')}
          </p>
        )}
        <ArticleTable rows={page.rows} label="Articles" date={date} now={new Date()} timeZone={newsroom.timeZone} empty="No articles match these filters." />
        <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
          {input.cursor && (
            <Link href={articleListHref({ ...input, cursor: undefined })} className="text-accent hover:underline">
              ← First page
            </Link>
          )}
          {page.nextCursor && (
            <Link href={articleListHref({ ...input, cursor: page.nextCursor })} className="text-accent hover:underline" rel="next">
              Next page →
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
