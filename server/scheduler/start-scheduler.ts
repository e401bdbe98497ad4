import type { Db } from '../db/client';
import { logger } from '../logger';
import { deliverRevalidations, type SendRevalidation, type WarmPublicPages } from '../revalidation/deliver-revalidations';
import { runDueWork } from './run-due-work';

/** How often due work is looked for: articles go live within this (well inside the 5-second promise). */
export const SCHEDULER_INTERVAL_MS = 1_000;
/** Batches of due articles (or single take-downs) processed at once by one process, each in its own transaction and connection. */
export const SCHEDULER_CONCURRENCY = 3;
/** How often the revalidation outbox is looked at: published pages are expired within about this (each target). */
export const DELIVERY_INTERVAL_MS = 250;

/**
 * Runs the background work of an app server or `npm run worker` until stopped, as independent loops:
 * due articles (publish, hold, take down) every second, delivery of the revalidation outbox to the app,
 * and, with `edge` (MASTHEAD_EDGE_PURGE_URLS), to the edge caches in front; with `warm`, the article pages
 * it expired for the last time are rendered again ahead of readers (server/cache/warm-public-pages.ts). Apart on purpose: an app
 * instance or a cache that is down slows only its own deliveries, never publishing. Runs of one loop never
 * overlap within a process; across processes, row locks (`SKIP LOCKED`) keep each article and each outbox
 * row to exactly one of them.
 */
export function startScheduler(
  db: Db,
  {
    send,
    edge,
    warm,
    intervalMs = SCHEDULER_INTERVAL_MS,
    deliveryIntervalMs = DELIVERY_INTERVAL_MS,
    concurrency = SCHEDULER_CONCURRENCY,
    clock = () => new Date(),
  }: { send: SendRevalidation; edge?: SendRevalidation; warm?: WarmPublicPages; intervalMs?: number; deliveryIntervalMs?: number; concurrency?: number; clock?: () => Date },
) {
  const loops = [
    repeat(intervalMs, 'scheduler run', () => runDueWork(db, { clock, concurrency }), (r) => r.published.length + r.held.length + r.unpublished.length + r.failed.length > 0),
    repeat(deliveryIntervalMs, 'revalidation delivery', () => deliverRevalidations(db, { send, clock, forwardTo: edge && 'EDGE', warm }), (r) => r.delivered + r.failed > 0),
  ];
  if (edge) {
    const purge = () => deliverRevalidations(db, { send: edge, target: 'EDGE', clock });
    loops.push(repeat(deliveryIntervalMs, 'edge purge delivery', purge, (r) => r.delivered + r.failed > 0));
  }
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}

/** Calls `work` every `intervalMs`, never two at once; logs what it did when `worthLogging`, and its failures. */
function repeat<T extends object>(intervalMs: number, name: string, work: () => Promise<T>, worthLogging: (result: T) => boolean) {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= work()
      .then((result) => {
        if (worthLogging(result)) logger.info({ result }, name);
      })
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed; retrying next tick`))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
