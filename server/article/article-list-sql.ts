import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { articleScopeSql } from './article-scope';
import type { ArticleListQuery, ArticleSort } from './article-list.schema';
import { startOfNewsroomDay } from '../text/newsroom-wall-time';
import { MATCH_END, MATCH_START } from './highlighted-text';

/**
 * THE SQL of the desk's article list (Prisma's query builder cannot search a tsvector or page by rank).
 * Every value is a bound parameter (Prisma.sql tagged templates); every query is limited to the actor's
 * scope. The search document is the generated column "searchVector" (headline A, standfirst B, body C;
 * see prisma/migrations/*_article_search), matched through its GIN index.
 */

/** Where the next page starts: the last row's sort value (as text; null for a missing date) and id. */
export type PageCursor = { value: string | null; id: string };

type SortKey = { expression: Prisma.Sql; direction: 'ASC' | 'DESC'; type: 'timestamp' | 'text' | 'float8'; nullable: boolean };

const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;
const rank = (q: string) => Prisma.sql`ts_rank(a."searchVector", ${searchQuery(q)})::float8`;

function sortKey(sort: ArticleSort, q: string): SortKey {
  switch (sort) {
    case 'updated':
      return { expression: Prisma.sql`a."updatedAt"`, direction: 'DESC', type: 'timestamp', nullable: false };
    case 'oldest':
      return { expression: Prisma.sql`a."updatedAt"`, direction: 'ASC', type: 'timestamp', nullable: false };
    case 'published':
      return { expression: Prisma.sql`a."publishedAt"`, direction: 'DESC', type: 'timestamp', nullable: true };
    case 'scheduled':
      return { expression: Prisma.sql`a."publishAt"`, direction: 'ASC', type: 'timestamp', nullable: true };
    case 'headline':
      return { expression: Prisma.sql`a.headline`, direction: 'ASC', type: 'text', nullable: false };
    case 'relevance':
      return { expression: rank(q), direction: 'DESC', type: 'float8', nullable: false };
  }
}

/** The sort value as text the cursor can carry and cast back exactly (timestamps to the millisecond, UTC). */
function sortValueText({ expression, type }: SortKey): Prisma.Sql {
  return type === 'timestamp'
    ? Prisma.sql`to_char(${expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : Prisma.sql`(${expression})::text`;
}

/** The cursor's text back as a sort value. Timestamps are stored as UTC without a zone (Prisma's way). */
function sortValueFrom(type: SortKey['type'], text: string): Prisma.Sql {
  if (type === 'timestamp') return Prisma.sql`(${text}::timestamptz AT TIME ZONE 'UTC')`;
  return type === 'text' ? Prisma.sql`${text}::text` : Prisma.sql`${text}::float8`;
}

/** Rows after the cursor in ORDER BY key, id (missing dates sort last, as in the ORDER BY). */
function afterCursor(key: SortKey, cursor: PageCursor): Prisma.Sql {
  const op = Prisma.raw(key.direction === 'DESC' ? '<' : '>');
  const id = Prisma.sql`${cursor.id}::uuid`;
  if (cursor.value === null) return Prisma.sql`(${key.expression} IS NULL AND a.id ${op} ${id})`;
  const value = sortValueFrom(key.type, cursor.value);
  const after = Prisma.sql`(${key.expression}, a.id) ${op} (${value}, ${id})`;
  return key.nullable ? Prisma.sql`(${after} OR ${key.expression} IS NULL)` : after;
}

/** The filters. Date ranges are whole newsroom days, both ends included, so `timeZone` says where days begin. */
function whereClause(actor: Actor, query: ArticleListQuery, timeZone: string): Prisma.Sql {
  const conditions = [articleScopeSql(actor)];
  if (query.q) conditions.push(Prisma.sql`a."searchVector" @@ ${searchQuery(query.q)}`);
  if (query.state) conditions.push(Prisma.sql`a.state = ${query.state}::"ArticleState"`);
  if (query.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${query.sectionId}::uuid`);
  if (query.tagId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a.id AND t."tagId" = ${query.tagId}::uuid)`);
  }
  if (query.authorId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Byline" b WHERE b."articleId" = a.id AND b."userId" = ${query.authorId}::uuid)`);
  }
  const date = query.dateField === 'published' ? Prisma.sql`a."publishedAt"` : Prisma.sql`a."updatedAt"`;
  // Dates are stored as UTC timestamps: compare with the instants the newsroom's days start at.
  if (query.from) conditions.push(Prisma.sql`${date} >= (${startOfNewsroomDay(query.from, timeZone).toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  if (query.to) {
    const end = startOfNewsroomDay(query.to, timeZone, { daysLater: 1 });
    conditions.push(Prisma.sql`${date} < (${end.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  }
  return Prisma.join(conditions, ' AND ');
}

type PageOptions = {
  actor: Actor;
  query: ArticleListQuery;
  timeZone: string;
  sort: ArticleSort;
  cursor: PageCursor | null;
  take: number;
  /**
   * Best match only, from the count (selectSearchPage): every match's id when there are at most
   * BEST_MATCH_CANDIDATES, or 'crowded' when there are more (see crowdedCandidatesSql). Without it the
   * newest matches are found through the search index.
   */
  matches?: string[] | 'crowded';
};

/** The page query itself (exported for EXPLAIN in article-list.int.test.ts and bench/article-search.ts). */
export function articlePageSql({ sort, matches, ...options }: PageOptions): Prisma.Sql {
  const { actor, query, timeZone, cursor, take } = options;
  const key = sortKey(sort, query.q);
  if (sort === 'relevance') return bestMatchPageSql({ ...options, key, matches });
  const where = cursor ? Prisma.sql`${whereClause(actor, query, timeZone)} AND ${afterCursor(key, cursor)}` : whereClause(actor, query, timeZone);
  const direction = Prisma.raw(key.direction);
  // Said only where a date can be missing: on a NOT NULL column the btree index serves DESC as stored
  // (NULLS FIRST), and the planner would not match an explicit NULLS LAST to it.
  const nullsLast = Prisma.raw(key.nullable ? ' NULLS LAST' : '');
  return Prisma.sql`
    SELECT a.id::text AS id, ${sortValueText(key)} AS "sortValue"
    FROM "Article" a
    WHERE ${where}
    ORDER BY ${key.expression} ${direction}${nullsLast}, a.id ${direction}
    LIMIT ${take}`;
}

/**
 * How many matches "best match" ranks: the newest ones. Ranking reads every candidate's whole search
 * document, so a word in most of the archive ("Ukraine", in a Kyiv newsroom) would mean ranking tens of
 * thousands; a newsroom wants the best of what is recent anyway. It is also where the desk stops counting
 * matches ("1,000+ results"): an exact count of a common word reads most of the archive too.
 */
export const BEST_MATCH_CANDIDATES = 1_000;

/**
 * How far down the recency index a crowded search walks for its newest matches before it gives up and
 * takes them through the search index: each row walked costs a read of its search document, so the walk
 * pays when at least one row in five matches, as for a word in most of the archive.
 */
export const CROWDED_WALK_ROWS = 5 * BEST_MATCH_CANDIDATES;

/** Best match: the newest matches are chosen first (see PageOptions.matches), then ranked and paged. */
function bestMatchPageSql({ key, cursor, take, matches, ...filters }: Omit<PageOptions, 'sort'> & { key: SortKey }): Prisma.Sql {
  const candidates =
    matches === 'crowded'
      ? crowdedCandidatesSql(filters)
      : matches
        ? Prisma.sql`SELECT a.id, a."searchVector" FROM "Article" a WHERE a.id = ANY(${matches}::uuid[])`
        : newestMatchesSql(filters);
  return Prisma.sql`
    SELECT a.id::text AS id, ${sortValueText(key)} AS "sortValue"
    FROM (${candidates}) a
    ${cursor ? Prisma.sql`WHERE ${afterCursor(key, cursor)}` : Prisma.empty}
    ORDER BY ${key.expression} DESC, a.id DESC
    LIMIT ${take}`;
}

type Filters = Pick<PageOptions, 'actor' | 'query' | 'timeZone'>;

/** The newest matches through the search index: reads every match, so for searches with few. */
function newestMatchesSql({ actor, query, timeZone }: Filters): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a."searchVector" FROM "Article" a
    WHERE ${whereClause(actor, query, timeZone)}
    -- "+ interval '0'" keeps the planner off the updatedAt index: walking it and testing every row is
    -- fast only when most rows match, which selectSearchPage decides from a count, not an estimate.
    ORDER BY a."updatedAt" + interval '0' DESC, a.id DESC
    LIMIT ${BEST_MATCH_CANDIDATES}`;
}

/**
 * The newest matches of a search with many: the newest CROWDED_WALK_ROWS articles (filters applied, by the
 * recency index) are tested one by one, stopping at the BEST_MATCH_CANDIDATES-th match. Only when too few
 * of them match does the search index take over (the one-time filters run exactly one of the two arms).
 * Both arms give the same rows: the newest matches, in (updatedAt, id) order.
 */
function crowdedCandidatesSql(filters: Filters): Prisma.Sql {
  const { actor, query, timeZone } = filters;
  const walked = Prisma.sql`(SELECT count(*) FROM walked)`;
  return Prisma.sql`
    WITH walked AS MATERIALIZED (
      SELECT a.id, a."searchVector" FROM (
        SELECT a.id, a."updatedAt", a."searchVector" FROM "Article" a
        WHERE ${whereClause(actor, { ...query, q: '' }, timeZone)}
        ORDER BY a."updatedAt" DESC, a.id DESC
        LIMIT ${CROWDED_WALK_ROWS}
      ) a
      WHERE a."searchVector" @@ ${searchQuery(query.q)}
      ORDER BY a."updatedAt" DESC, a.id DESC
      LIMIT ${BEST_MATCH_CANDIDATES}
    )
    SELECT id, "searchVector" FROM walked WHERE ${walked} = ${BEST_MATCH_CANDIDATES}
    UNION ALL
    SELECT * FROM (${newestMatchesSql(filters)}) matches WHERE ${walked} < ${BEST_MATCH_CANDIDATES}`;
}

type PageRow = { id: string; sortValue: string | null };

/** One page of ids in list order, plus each row's sort value for the cursor. Ask for one more than shown. */
export function selectArticlePage(db: DbOrTx, options: PageOptions): Promise<PageRow[]> {
  return db.$queryRaw<PageRow[]>(articlePageSql(options));
}

/**
 * A page of a search, and how many articles it matches, counted up to BEST_MATCH_CANDIDATES + 1 (more
 * is shown as "1,000+"). The count, not the planner's estimate, decides how best match finds its
 * candidates: with at most BEST_MATCH_CANDIDATES matches it ranks exactly those, with more it walks the
 * recency index. Two plain statements, no transaction: a transaction would hold its connection while a
 * busy server's event loop gets round to the second statement, and the pool runs dry under load.
 */
export async function selectSearchPage(db: DbOrTx, options: Omit<PageOptions, 'matches'>): Promise<{ page: PageRow[]; matches: number }> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM "Article" a
    WHERE ${whereClause(options.actor, options.query, options.timeZone)}
    LIMIT ${BEST_MATCH_CANDIDATES + 1}`;
  const matches = ids.length > BEST_MATCH_CANDIDATES ? 'crowded' : ids.map((row) => row.id);
  return { page: await selectArticlePage(db, { ...options, matches }), matches: ids.length };
}

/** How many articles the list would show over all its pages, counted by the database. */
export async function countArticles(
  db: DbOrTx,
  { actor, query, timeZone }: { actor: Actor; query: ArticleListQuery; timeZone: string },
): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Article" a WHERE ${whereClause(actor, query, timeZone)}`;
  return row?.count ?? 0;
}

/** Marks for ts_headline: our control characters (see highlighted-text.ts), never HTML. */
const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
/** Removes the marker characters from article text before it is marked, so only ts_headline places them. */
const unmarked = (column: Prisma.Sql) => Prisma.sql`translate(${column}, chr(1) || chr(2), '')`;

/**
 * The headline (whole) and up to two passages of standfirst and body, with the matches of `q` marked.
 * Only for the ids of one page: ts_headline re-parses the text, far too slow to run over every match.
 */
export async function selectHighlights(db: DbOrTx, { ids, q }: { ids: string[]; q: string }) {
  if (ids.length === 0) return [];
  return db.$queryRaw<{ id: string; headline: string; snippet: string }[]>`
    SELECT a.id::text AS id,
      ts_headline('english', ${unmarked(Prisma.sql`a.headline`)}, ${searchQuery(q)}, ${`HighlightAll=true, ${MARKS}`}) AS headline,
      ts_headline('english', ${unmarked(Prisma.sql`a.standfirst || ' ' || a."bodyText"`)}, ${searchQuery(q)},
        ${`MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${MARKS}`}) AS snippet
    FROM "Article" a
    WHERE a.id = ANY(${ids}::uuid[])`;
}
