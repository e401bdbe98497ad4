import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { newsroomSettings } from '../site/published-articles';
import { decodeCursor, encodeCursor } from './article-list-cursor';
import { BEST_MATCH_CANDIDATES, selectArticlePage, selectHighlights, selectSearchPage } from './article-list-sql';
import type { ArticleListPage, ArticleListQuery, ArticleSort } from './article-list.schema';
import { articleWhereForActor } from './article-scope';
import { parseMarkedText } from './highlighted-text';

/** "Best match" needs a search; without one the list falls back to the latest activity first. */
export function effectiveSort(query: Pick<ArticleListQuery, 'q' | 'sort'>): ArticleSort {
  return query.sort === 'relevance' && !query.q ? 'updated' : query.sort;
}

/**
 * One page of the desk's article list: filtered, sorted, searched, within the actor's scope. The page is
 * chosen in SQL (article-list-sql.ts); its rows are then loaded through Prisma, scoped again.
 */
export async function listArticles(
  db: Db,
  { actor, query, timeZone }: { actor: Actor; query: ArticleListQuery; timeZone?: string },
): Promise<ArticleListPage> {
  const sort = effectiveSort(query);
  // Date filters are newsroom days; the dashboard passes the zone it already read.
  const zone = timeZone ?? (await newsroomSettings(db)).timeZone;
  const options = { actor, query, timeZone: zone, sort, cursor: decodeCursor(query.cursor, sort), take: query.limit + 1 };
  const { page, matches } = query.q ? await selectSearchPage(db, options) : { page: await selectArticlePage(db, options), matches: null };
  const shown = page.slice(0, query.limit);
  const ids = shown.map((row) => row.id);
  const [rows, highlights] = await Promise.all([
    db.article.findMany({
      where: { AND: [{ id: { in: ids } }, articleWhereForActor(actor)] },
      select: {
        id: true,
        headline: true,
        state: true,
        updatedAt: true,
        publishAt: true,
        publishedAt: true,
        embargoUntil: true,
        section: { select: { name: true } },
        bylines: { orderBy: { position: 'asc' }, select: { contributorName: true, user: { select: { name: true } } } },
      },
    }),
    query.q ? selectHighlights(db, { ids, q: query.q }) : [],
  ]);
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const highlightById = new Map(highlights.map((highlight) => [highlight.id, highlight]));
  const last = shown.at(-1);
  return {
    rows: ids.flatMap((id) => {
      const row = rowById.get(id);
      if (!row) return [];
      const { section, bylines, ...fields } = row;
      const highlight = highlightById.get(id);
      return [
        {
          ...fields,
          sectionName: section?.name ?? null,
          bylines: bylines.map((byline) => byline.user?.name ?? byline.contributorName ?? ''),
          headlineHighlight: highlight ? parseMarkedText(highlight.headline) : null,
          snippet: highlight ? parseMarkedText(highlight.snippet) : null,
        },
      ];
    }),
    nextCursor: page.length > query.limit && last ? encodeCursor(sort, { value: last.sortValue, id: last.id }) : null,
    matches: matches === null ? null : { count: Math.min(matches, BEST_MATCH_CANDIDATES), more: matches > BEST_MATCH_CANDIDATES },
  };
}
