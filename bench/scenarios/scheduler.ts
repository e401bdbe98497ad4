import { publishDueBare } from '../lib/bare-publish';
import { insertFixtureCopies } from '../lib/fixture-copies';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { measured, type BenchContext, type Scenario } from '../lib/scenario';

/**
 * `count` articles due at one instant, with both app instances and `npm run worker` running their
 * schedulers: seconds from that instant until all are live in the database, and until both instances serve
 * every one of them (200), against a bare baseline in the same run: the same number of rows published by
 * bare statements (per article one transaction with the UPDATE and its event INSERT, two runners, SKIP
 * LOCKED). Errors: articles published other than exactly once, `publishedAt` before the instant, and any
 * 410 or 5xx a reader polling 20 of them on both instances got while they went live. Target: ≤ 10 s.
 */
export const scheduler: Scenario = {
  name: 'scheduler',
  async run(ctx) {
    const count = ctx.smoke ? 100 : Number(process.env.BENCH_DUE ?? 1_000);
    const run = `r${Date.now().toString(36)}`;
    await insertFixtureCopies(ctx.db, { prefix: `due-${run}-`, count, state: 'SCHEDULED' });
    await insertFixtureCopies(ctx.db, { prefix: `base-${run}-`, count, state: 'SCHEDULED' });

    const baselineSeconds = await timed(() => publishDueBare(ctx.dbUrl, `base-${run}-%`));
    ctx.log(`  baseline: ${count} published by bare statements in ${baselineSeconds.toFixed(2)} s`);

    const slugs = (await ctx.db.article.findMany({ where: { slug: { startsWith: `due-${run}-` } }, select: { slug: true } })).map((a) => a.slug);
    // Due two seconds from now, all at once; timed from that instant.
    const [{ instant }] = await ctx.db.$queryRaw<[{ instant: Date }]>`
      UPDATE "Article" SET "publishAt" = date_trunc('second', now()) + interval '3 seconds'
      WHERE slug LIKE ${`due-${run}-%`} RETURNING "publishAt" AS instant`;
    await sleep(Math.max(0, instant.getTime() - Date.now()));
    const started = performance.now();
    ctx.log(`  due at ${instant.toISOString()} (${instant.getTime()})`);

    const reader = pollWhileGoingLive(ctx, slugs.slice(0, 20));
    let liveSeconds = Number.NaN;
    for (;;) {
      const live = await ctx.db.article.count({ where: { slug: { startsWith: `due-${run}-` }, state: 'PUBLISHED' } });
      if (live === count) break;
      if (performance.now() - started > SERVE_LIMIT_S * 1000) break;
      await sleep(50);
    }
    liveSeconds = (performance.now() - started) / 1000;
    const served = await servedByBoth(ctx, slugs, started);
    const wrongAnswers = await reader.stop();

    const events = await ctx.db.$queryRaw<{ once: bigint; early: bigint }[]>`
      SELECT count(*) FILTER (WHERE n = 1) AS once, count(*) FILTER (WHERE early) AS early FROM (
        SELECT a.id, count(e.id) AS n, bool_or(a."publishedAt" < ${instant}) AS early FROM "Article" a
        LEFT JOIN "ArticleEvent" e ON e."articleId" = a.id AND e.action = 'publishScheduled'
        WHERE a.slug LIKE ${`due-${run}-%`} GROUP BY a.id) per_article`;
    const notOnce = count - Number(events[0]?.once ?? 0);
    const early = Number(events[0]?.early ?? 0);
    const errors = notOnce + early + wrongAnswers.total;
    const detail = `not exactly once: ${notOnce}; publishedAt before the instant: ${early}; 410/5xx while going live: ${wrongAnswers.total} (${JSON.stringify(wrongAnswers.byStatus)})`;
    const what = `${count.toLocaleString('en')} due at one instant, 2 instances + worker`;
    return [
      measured(`scheduler: ${what}: all live in the database`, 's', liveSeconds, baselineSeconds, errors, detail),
      measured(`scheduler: ${what}: served (200) by both instances`, 's', served.seconds, baselineSeconds, served.missing,
        `target ≤ 10 s; not served within ${SERVE_LIMIT_S} s: ${served.missing}; ${served.phases}`),
    ];
  },
};

/** Longest the scenario waits for the articles to go live and be served. */
const SERVE_LIMIT_S = 300;

/**
 * Seconds from `started` until every article has answered 200 on both instances (each asked until it does,
 * at most SERVE_LIMIT_S), and how many answers were still missing then (each an error).
 */
async function servedByBoth(ctx: BenchContext, slugs: readonly string[], started: number): Promise<{ seconds: number; missing: number; phases: string }> {
  let missing = 0;
  const sinceStart = () => ((performance.now() - started) / 1000).toFixed(1);
  // Per instance: when it served half of them, and all.
  const phases = await Promise.all(
    ctx.appUrls.map(async (appUrl, index) => {
      let served = 0;
      let half = '';
      const queue = [...slugs];
      const worker = async () => {
        for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
          while ((await fetch(`${appUrl}/articles/${slug}`).then((r) => r.status, () => 0)) !== 200) {
            if (performance.now() - started > SERVE_LIMIT_S * 1000) break;
            await sleep(100);
          }
          // Served late (or never) is missing alike: a slow 200 after the limit counts too.
          if (performance.now() - started > SERVE_LIMIT_S * 1000) missing++;
          if (++served === Math.ceil(slugs.length / 2)) half = sinceStart();
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      return `instance ${index + 1}: half at ${half} s, all at ${sinceStart()} s`;
    }),
  );
  return { seconds: (performance.now() - started) / 1000, missing, phases: phases.join('; ') };
}

/** A reader asking for `slugs` on both instances over and over while they go live: counts 410s and 5xx. */
function pollWhileGoingLive(ctx: BenchContext, slugs: readonly string[]) {
  let stopped = false;
  const byStatus: Record<string, number> = {};
  const polling = (async () => {
    while (!stopped) {
      for (const appUrl of ctx.appUrls) {
        for (const slug of slugs) {
          const status = await fetch(`${appUrl}/articles/${slug}`).then((r) => r.status, () => 0);
          if (status === 410 || status >= 500 || status === 0) byStatus[status] = (byStatus[status] ?? 0) + 1;
        }
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await polling;
      return { total: Object.values(byStatus).reduce((sum, n) => sum + n, 0), byStatus };
    },
  };
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}
