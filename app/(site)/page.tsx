import Link from 'next/link';
import { appDb } from '@/server/db/client';
import { listLatestPublished, newsroomSettings } from '@/server/site/published-articles';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const db = appDb();
  const [settings, articles] = await Promise.all([newsroomSettings(db), listLatestPublished(db, { limit: 30 })]);
  return (
    <section aria-labelledby="latest">
      <h1 id="latest" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Latest
      </h1>
      {articles.length === 0 && <p className="mt-6 text-muted">Nothing published yet.</p>}
      <ul className="mt-4 divide-y divide-line">
        {articles.map((article) => (
          <li key={article.id} className="py-5">
            {article.section && <p className="text-xs font-semibold uppercase text-accent">{article.section.name}</p>}
            <h2 className="mt-1 font-serif text-2xl font-bold leading-tight">
              <Link href={`/articles/${article.slug}`} className="hover:underline">
                {article.headline}
              </Link>
            </h2>
            {article.standfirst && <p className="mt-2 text-muted">{article.standfirst}</p>}
            <p className="mt-2 text-sm text-muted">
              {article.bylines.map((byline) => byline.name).join(', ')}
              {article.publishedAt && <> · {formatNewsroomTime(article.publishedAt, settings.timeZone)}</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
