/**
 * Next.js calls register() once when a server process starts. The scheduler and the delivery of the
 * revalidation outbox run inside every app server (MASTHEAD_SCHEDULER=off turns both off, e.g. when
 * `npm run worker` does the job instead); row locks make several of them safe together.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MASTHEAD_SCHEDULER === 'off') return;
  const [{ appDb }, { startScheduler }, { revalidationSender, edgePurgeSender, pageWarmer }] = await Promise.all([
    import('./server/db/client'),
    import('./server/scheduler/start-scheduler'),
    import('./server/cache/revalidation-sender'),
  ]);
  startScheduler(appDb(), { send: revalidationSender(), edge: edgePurgeSender(), warm: pageWarmer() });
}
