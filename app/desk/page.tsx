import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleTable } from '@/components/desk/article-table';
import { NewArticleButton } from '@/components/desk/new-article-button';
import { ExpiredImageRights } from '@/components/media/expired-image-rights';
import { serverCaller } from '@/server/api/server-caller';
import { can } from '@/server/auth/permissions';

export const metadata: Metadata = { title: 'Desk' };

export default async function DeskHome() {
  const api = await serverCaller();
  const me = await api.session.me();
  if (!me) return null; // the layout has already sent signed-out visitors to sign in
  const [panels, newsroom, expiredRights] = await Promise.all([api.article.dashboard(), api.settings.newsroom(), api.media.expiredRights()]);
  const now = new Date();
  return (
    <div className="space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Desk</h1>
        {can(me.role, 'article.create') && <NewArticleButton />}
      </div>
      <ExpiredImageRights articles={expiredRights} timeZone={newsroom.timeZone} />
      {panels.map((panel) => (
        <section key={panel.key} aria-labelledby={`${panel.key}-heading`}>
          <div className="flex items-baseline justify-between gap-4">
            <h2 id={`${panel.key}-heading`} className="text-lg font-semibold">
              {panel.title} <span className="text-muted">({panel.count})</span>
            </h2>
            <Link href={panel.href} className="text-sm text-accent hover:underline">
              {panel.count > panel.rows.length ? `All ${panel.count}` : 'Open in the article list'}
              <span className="sr-only"> ({panel.title.toLowerCase()})</span>
            </Link>
          </div>
          <ArticleTable rows={panel.rows} label={panel.title} empty={panel.empty} date={panel.date} now={now} timeZone={newsroom.timeZone} reviewNotes={panel.reviewNotes} />
        </section>
      ))}
    </div>
  );
}
