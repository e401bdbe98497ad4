import { logger } from '../logger';
import type { WarmPublicPages } from '../revalidation/deliver-revalidations';

/** Article pages rendered at once by one process's warmer: enough to keep up, few enough to leave readers room. */
export const WARM_CONCURRENCY = 4;

const ARTICLE_TAG = /^article:(.+)$/;

/**
 * Renders the article pages whose tags were just expired for good (deliverRevalidations' `warm`), by asking
 * the app for them as a reader would, so the rendering happens here and once instead of on the first
 * readers' requests. With REDIS_URL the page lands in the cache every instance shares, so one render serves
 * all of them; without it, the instance at `baseUrl` (this machine's) keeps it. Best effort, in memory: a
 * page not warmed (a failure, a restart) is rendered on its first request, as without a warmer. Each slug is
 * asked once however often it comes while queued; the status does not matter (a withdrawn article's 410
 * page is cached the same way).
 */
export function warmPublicPages({ baseUrl, concurrency = WARM_CONCURRENCY, timeoutMs = 10_000 }: { baseUrl: string; concurrency?: number; timeoutMs?: number }): WarmPublicPages {
  const queued = new Set<string>();
  let running = 0;

  const next = () => {
    while (running < concurrency && queued.size > 0) {
      const [slug] = queued;
      queued.delete(slug!);
      running++;
      void fetch(new URL(`/articles/${encodeURIComponent(slug!)}`, baseUrl), { signal: AbortSignal.timeout(timeoutMs) })
        .then((response) => response.arrayBuffer())
        .catch((error: unknown) => logger.debug({ err: error, slug }, 'article page not warmed; its first reader renders it'))
        .finally(() => {
          running--;
          next();
        });
    }
  };

  return (tags) => {
    for (const tag of tags) {
      const slug = ARTICLE_TAG.exec(tag)?.[1];
      if (slug) queued.add(slug);
    }
    next();
  };
}
