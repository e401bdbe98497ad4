import Link from 'next/link';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

/**
 * The dashboard's warning: live articles showing an image whose usage rights have run out. Shown only
 * when there are some; each links to the article, where the image can be replaced.
 */
export function ExpiredImageRights({ articles, timeZone }: { articles: { id: string; headline: string; rightsEndedAt: Date }[]; timeZone: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="expired-rights-heading" className="rounded-lg border border-red-200 bg-red-50 p-4" data-testid="expired-image-rights">
      <h2 id="expired-rights-heading" className="text-lg font-semibold text-danger">
        Live with expired image rights <span>({articles.length})</span>
      </h2>
      <p className="text-sm">Replace the image or take the article down.</p>
      <ul className="mt-2 space-y-1 text-sm">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={`/desk/articles/${article.id}`} className="underline">
              {article.headline}
            </Link>{' '}
            <span className="text-muted">· rights ended {formatNewsroomTime(article.rightsEndedAt, timeZone)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
