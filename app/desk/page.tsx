import type { Metadata } from 'next';
import { ArticleTable } from '@/components/desk/article-table';
import { NewArticleButton } from '@/components/desk/new-article-button';
import { serverCaller } from '@/server/api/server-caller';
import { can } from '@/server/auth/permissions';

export const metadata: Metadata = { title: 'Desk' };

export default async function DeskHome() {
  const api = await serverCaller();
  const me = await api.session.me();
  if (!me) return null; // the layout has already sent signed-out visitors to sign in
  const reviews = can(me.role, 'article.review');
  const [mine, queue, scheduled] = await Promise.all([
    api.article.list({ view: 'mine', limit: 50 }),
    reviews ? api.article.list({ view: 'queue', limit: 50 }) : Promise.resolve([]),
    reviews ? api.article.list({ view: 'scheduled', limit: 50 }) : Promise.resolve([]),
  ]);
  const now = new Date();
  return (
    <div className="space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Desk</h1>
        {can(me.role, 'article.create') && <NewArticleButton />}
      </div>
      {reviews && (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="text-lg font-semibold">
            Review queue <span className="text-muted">({queue.length})</span>
          </h2>
          <ArticleTable rows={queue} label="Review queue" empty="Nothing is waiting for review." now={now} />
        </section>
      )}
      {reviews && (
        <section aria-labelledby="scheduled-heading">
          <h2 id="scheduled-heading" className="text-lg font-semibold">
            Scheduled <span className="text-muted">({scheduled.length})</span>
          </h2>
          <ArticleTable rows={scheduled} label="Scheduled" empty="Nothing is scheduled." now={now} />
        </section>
      )}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading" className="text-lg font-semibold">
          My articles <span className="text-muted">({mine.length})</span>
        </h2>
        <ArticleTable rows={mine} label="My articles" empty="You have no articles yet. Start one with “New article”." now={now} />
      </section>
    </div>
  );
}
