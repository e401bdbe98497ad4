/**
 * Next.js calls register() once when a server process starts. The scheduler runs inside every app server
 * (MASTHEAD_SCHEDULER=off turns it off, e.g. when `npm run worker` does the job instead); row locks make
 * several of them safe together.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MASTHEAD_SCHEDULER === 'off') return;
  const [{ appDb }, { startScheduler }, { schedulerRevalidation }] = await Promise.all([
    import('./server/db/client'),
    import('./server/scheduler/start-scheduler'),
    import('./server/cache/scheduler-revalidation'),
  ]);
  startScheduler(appDb(), { revalidate: schedulerRevalidation() });
}
