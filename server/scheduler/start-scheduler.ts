import type { Db } from '../db/client';
import { logger } from '../logger';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { runDueWork } from './run-due-work';

/** How often due work is looked for: articles go live within this (well inside the 5-second promise). */
export const SCHEDULER_INTERVAL_MS = 1_000;

/**
 * Runs the scheduler every second until stopped. Runs never overlap within a process; across processes
 * the row locks in runDueWork keep each article to exactly one of them.
 */
export function startScheduler(
  db: Db,
  {
    revalidate,
    intervalMs = SCHEDULER_INTERVAL_MS,
    clock = () => new Date(),
  }: { revalidate: RevalidatePublicPages; intervalMs?: number; clock?: () => Date },
) {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= runDueWork(db, { now: clock(), revalidate })
      .then((result) => {
        const done = result.published.length + result.held.length + result.unpublished.length + result.failed.length;
        if (done > 0) logger.info(result, 'scheduler run');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'scheduler run failed; retrying next tick'))
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
