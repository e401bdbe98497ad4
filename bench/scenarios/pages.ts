import { fixtureArticle } from '../../server/seed/fixture-article';
import { interleaved } from '../lib/load';
import { recordResponse, startReplayProcess } from '../lib/replay-server';
import { measured, type BenchContext, type Measurement, type Scenario } from '../lib/scenario';

/**
 * Requests per second for one URL at `ctx.connections` connections: the app (at `appUrl`, default the first
 * instance) against a bare `node:http` server answering the exact status, headers and bytes the app
 * returned for it, in interleaved rounds. The app is warmed first; a non-200 recorded answer counts as an
 * error (the baseline would otherwise replay a failure).
 */
export async function comparePage(
  ctx: BenchContext,
  { name, path, appUrl = ctx.appUrls[0], headers = {} }: { name: string; path: string; appUrl?: string; headers?: Record<string, string> },
): Promise<Measurement> {
  for (let warm = 0; warm < 5; warm++) await recordResponse(appUrl + path, headers);
  const recorded = await recordResponse(appUrl + path, headers);
  const baseline = await startReplayProcess(new Map([[path, recorded]]));
  try {
    ctx.log(`  ${path}: ${recorded.status}, ${recorded.body.length} bytes`);
    const result = await interleaved(ctx, { appUrl: appUrl + path, baselineUrl: baseline.url + path, headers });
    const wrong = recorded.status === 200 ? 0 : 1;
    const note = `p99 ${result.app.p99} ms vs ${result.baseline.p99} ms; ${(recorded.body.length / 1024).toFixed(0)} KB`;
    return measured(name, 'req/s', result.app.requestsPerSecond, result.baseline.requestsPerSecond, result.app.errors + wrong, note);
  } finally {
    await baseline.stop();
  }
}

/** The fixture article, the one real (and the longest) demo article: the page readers hit on a news day. */
export function articlePath(): string {
  return `/articles/${fixtureArticle.slug}`;
}

export const articlePage: Scenario = {
  name: 'article page',
  run: async (ctx) => [await comparePage(ctx, { name: 'article page (app)', path: articlePath() })],
};

export const homePage: Scenario = {
  name: 'home page',
  run: async (ctx) => [await comparePage(ctx, { name: 'home page (app)', path: '/' })],
};

export const rssFeed: Scenario = {
  name: 'RSS feed',
  run: async (ctx) => [await comparePage(ctx, { name: 'RSS feed (app)', path: '/rss.xml' })],
};
