/**
 * `npx tsx bench/article-search.ts`: seeds 100,000 articles into a fresh PostgreSQL database and times the
 * desk's article list (filters, sorts, keyset pages, full-text search, dashboard counts), printing p50/p95
 * per query and the plan of a search. Not part of `npm test`.
 *
 * BENCH_DATABASE_URL: a PostgreSQL server to create the throwaway database on
 * (default postgresql://postgres@127.0.0.1:5432/postgres). BENCH_ARTICLES changes the count; BENCH_KEEP=1
 * keeps the database afterwards.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Actor } from '../server/auth/actor';
import { createDb, type Db } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { articlePageSql, countArticles } from '../server/article/article-list-sql';
import { articleListInputSchema, type ArticleListInput } from '../server/article/article-list.schema';
import { deskDashboard } from '../server/article/desk-dashboard';
import { listArticles } from '../server/article/list-articles';
import { withDatabase } from '../test/integration/global-setup';
import { seedArchive } from './lib/seed-archive';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = 25;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = `masthead_bench_${process.pid}`;

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDatabase(adminUrl, database);
  const db = createDb(dbUrl, { poolSize: 4 });
  try {
    await applyMigrations(dbUrl);
    const seconds = await timed(() => seed(db));
    console.log(`Seeded ${ARTICLES.toLocaleString('en')} articles in ${(seconds / 1000).toFixed(1)} s into ${database}\n`);
    await report(db);
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
}

async function seed(db: Db) {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, slug, "updatedAt")
    SELECT gen_random_uuid(), 'staff' || n || '@bench.test', 'Staff ' || n, 'x',
      (CASE WHEN n <= 5 THEN 'EDITOR' ELSE 'JOURNALIST' END)::"Role", 'staff-' || n, now()
    FROM generate_series(1, 40) AS n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Section" (id, name, slug, position, "updatedAt")
    SELECT gen_random_uuid(), 'Section ' || n, 'section-' || n, n, now() FROM generate_series(1, 10) AS n`);
  await db.$executeRawUnsafe(`INSERT INTO "Tag" (id, name, slug) SELECT gen_random_uuid(), 'Tag ' || n, 'tag-' || n FROM generate_series(1, 60) AS n`);
  await seedArchive(db, ARTICLES);
}

async function report(db: Db) {
  const [editorRow, journalistRow] = await Promise.all([
    db.user.findFirstOrThrow({ where: { role: 'EDITOR' }, select: { id: true, name: true, email: true, role: true } }),
    db.user.findFirstOrThrow({ where: { role: 'JOURNALIST' }, select: { id: true, name: true, email: true, role: true } }),
  ]);
  const editor: Actor = editorRow;
  const journalist: Actor = journalistRow;
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const tag = await db.tag.findFirstOrThrow({ select: { id: true } });
  const list = (actor: Actor, input: ArticleListInput) => () => listArticles(db, { actor, query: articleListInputSchema.parse(input) });

  /** Follows nextCursor `pages` times and times the last page only. */
  const deepPage = (actor: Actor, input: ArticleListInput, pages: number) => {
    let cursor: string | undefined;
    return async () => {
      if (cursor === undefined) {
        for (let page = 0; page < pages; page++) {
          cursor = (await listArticles(db, { actor, query: articleListInputSchema.parse({ ...input, cursor }) })).nextCursor ?? undefined;
        }
      }
      return listArticles(db, { actor, query: articleListInputSchema.parse({ ...input, cursor }) });
    };
  };

  const cases: [string, () => Promise<unknown>][] = [
    ['list: everything, recently updated (editor)', list(editor, {})],
    ['list: everything, recently updated (journalist scope)', list(journalist, {})],
    ['list: page 21 by keyset (editor)', deepPage(editor, {}, 20)],
    ['list: published in a section, recently published', list(editor, { state: 'PUBLISHED', sectionId: section.id, sort: 'published' })],
    ['list: tag + updated in one month, headline A–Z', list(editor, { tagId: tag.id, from: monthsAgo(3), to: monthsAgo(2), sort: 'headline' })],
    ['list: author (byline) + state', list(editor, { authorId: journalist.id, state: 'DRAFT' })],
    ['search: common word (~60% of rows), best match', list(editor, { q: 'submarine', sort: 'relevance' })],
    ['search: two common words, best match', list(editor, { q: 'navy convoy', sort: 'relevance' })],
    ['search: rare word (~0.1% of rows), best match', list(editor, { q: 'term12345', sort: 'relevance' })],
    ['search: 14 rare words or-ed (~2% of rows), best match', list(editor, { q: Array.from({ length: 14 }, (_, i) => `term${1000 + i * 37}`).join(' or '), sort: 'relevance' })],
    ['search: phrase + section, recently updated', list(editor, { q: '"prime minister"', sectionId: section.id })],
    ['search: common word as journalist (scope)', list(journalist, { q: 'submarine', sort: 'relevance' })],
    ['search: common word, page 5 by rank', deepPage(editor, { q: 'submarine', sort: 'relevance' }, 4)],
    ['count: published, whole archive', () => countArticles(db, { actor: editor, query: articleListInputSchema.parse({ state: 'PUBLISHED' }), timeZone: 'UTC' })],
    ['dashboard: 4 panels, counts + rows (editor)', () => deskDashboard(db, { actor: editor })],
    ['dashboard: journalist', () => deskDashboard(db, { actor: journalist })],
  ];

  console.log('query'.padEnd(56), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8));
  for (const [name, run] of cases) {
    for (let warm = 0; warm < 3; warm++) await run();
    const samples: number[] = [];
    for (let index = 0; index < RUNS; index++) samples.push(await timed(run));
    samples.sort((a, b) => a - b);
    console.log(name.padEnd(56), percentile(samples, 0.5).toFixed(1).padStart(8), percentile(samples, 0.95).toFixed(1).padStart(8));
  }

  const query = articleListInputSchema.parse({ q: 'term12345', sort: 'relevance' });
  const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN ANALYZE ${articlePageSql({ actor: editor, query, timeZone: 'UTC', sort: 'relevance', cursor: null, take: 26 })}`;
  console.log('\nPlan of the rare-word search:\n' + plan.map((line) => `  ${line['QUERY PLAN']}`).join('\n'));
  if (!plan.some((line) => line['QUERY PLAN'].includes('Article_searchVector_idx'))) throw new Error('The search did not use the GIN index.');
}

function monthsAgo(months: number): string {
  return new Date(Date.now() - months * 30 * 86_400_000).toISOString().slice(0, 10);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

await main();
