import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import { newsroomDayOf } from '../text/newsroom-wall-time';
import { countArticles } from './article-list-sql';
import { articleListHref } from './article-list-url';
import { articleListInputSchema, articleListRowSchema, type ArticleListInput } from './article-list.schema';
import { listArticles } from './list-articles';
import { reviewNoteSchema, reviewQueueNotes } from './review-queue-notes';

/** How many rows each dashboard panel shows; its count and link cover all of them. */
const PANEL_ROWS = 10;
/** "Recently published" means the last seven newsroom days, today included (days as the list's filter has them). */
const RECENT_DAYS = 7;

export const dashboardPanelSchema = z.object({
  key: z.enum(['drafts', 'changes', 'queue', 'scheduled', 'published']),
  title: z.string(),
  empty: z.string(),
  /** Which date the panel's table shows. */
  date: z.enum(['updated', 'scheduled', 'published', 'waiting']),
  /** Every matching article, counted by the database. */
  count: z.number(),
  /** The article list with the panel's filter: the same filter counts, lists and links. */
  href: z.string(),
  rows: z.array(articleListRowSchema),
  /** The review queue's: since when each row waits, and whether this reviewer may approve it. */
  reviewNotes: z.array(reviewNoteSchema),
});
type DashboardPanel = z.infer<typeof dashboardPanelSchema>;
type PanelDefinition = Omit<DashboardPanel, 'count' | 'href' | 'rows' | 'reviewNotes'> & { filter: ArticleListInput };

function panelsFor(actor: Actor, now: Date, timeZone: string): PanelDefinition[] {
  const since = newsroomDayOf(new Date(now.getTime() - (RECENT_DAYS - 1) * 86_400_000), timeZone);
  const panels: (PanelDefinition | false)[] = [
    // First for those who review: the queue is worked oldest first ("waiting since" its last submission).
    can(actor.role, 'article.review') && {
      key: 'queue',
      title: 'Review queue',
      empty: 'Nothing is waiting for review.',
      date: 'waiting',
      filter: { state: 'IN_REVIEW', sort: 'oldest' },
    },
    {
      key: 'drafts',
      title: 'My drafts',
      empty: 'You have no drafts. Start one with “New article”.',
      date: 'updated',
      filter: { authorId: actor.id, state: 'DRAFT', sort: 'updated' },
    },
    // What an editor sent back: the next thing its author has to do.
    {
      key: 'changes',
      title: 'Sent back to me',
      empty: 'Nothing of yours is waiting for changes.',
      date: 'updated',
      filter: { authorId: actor.id, state: 'CHANGES_REQUESTED', sort: 'oldest' },
    },
    { key: 'scheduled', title: 'Scheduled', empty: 'Nothing is scheduled.', date: 'scheduled', filter: { state: 'SCHEDULED', sort: 'scheduled' } },
    {
      key: 'published',
      title: 'Recently published',
      empty: `Nothing was published in the last ${RECENT_DAYS} days.`,
      date: 'published',
      filter: { state: 'PUBLISHED', dateField: 'published', from: since, sort: 'published' },
    },
  ];
  return panels.filter((panel) => panel !== false);
}

/** The desk's front page: each panel's count, first rows and link, all within the actor's scope. */
export async function deskDashboard(db: Db, { actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<DashboardPanel[]> {
  const { timeZone } = await newsroomSettings(db);
  return Promise.all(
    panelsFor(actor, now, timeZone).map(async ({ filter, ...panel }) => {
      const query = articleListInputSchema.parse({ ...filter, limit: PANEL_ROWS });
      const [count, page] = await Promise.all([countArticles(db, { actor, query, timeZone }), listArticles(db, { actor, query, timeZone })]);
      const reviewNotes = panel.key === 'queue' ? await reviewQueueNotes(db, { actor, articleIds: page.rows.map((row) => row.id) }) : [];
      return { ...panel, count, href: articleListHref(filter), rows: page.rows, reviewNotes };
    }),
  );
}
