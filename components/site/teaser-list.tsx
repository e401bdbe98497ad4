import Link from 'next/link';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

type Teaser = {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date | null;
  section: { name: string; slug: string } | null;
  bylines: { name: string; authorSlug: string | null }[];
};

/** A list of article teasers: the home, section, tag and author pages all use it. */
export function TeaserList({ articles, timeZone, showSection = true }: { articles: Teaser[]; timeZone: string; showSection?: boolean }) {
  if (articles.length === 0) return <p className="mt-6 text-muted">Nothing published here yet.</p>;
  return (
    <ul className="mt-4 divide-y divide-line">
      {articles.map((article) => (
        <li key={article.id} className="py-5">
          {showSection && article.section && (
            <Link href={`/sections/${article.section.slug}`} className="text-xs font-semibold uppercase text-accent hover:underline">
              {article.section.name}
            </Link>
          )}
          <h2 className="mt-1 font-serif text-2xl font-bold leading-tight">
            <Link href={`/articles/${article.slug}`} className="hover:underline">
              {article.headline}
            </Link>
          </h2>
          {article.standfirst && <p className="mt-2 text-muted">{article.standfirst}</p>}
          <p className="mt-2 text-sm text-muted">
            {article.bylines.map((byline) => byline.name).join(', ')}
            {article.publishedAt && <> · {formatNewsroomTime(article.publishedAt, timeZone)}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
