/**
 * Next.js calls register() once when a server process starts. Every app server runs the co-editing server
 * (server/collab/; its WebSocket reaches it through scripts/lib/server-preload.cjs). The scheduler and the
 * delivery of the revalidation outbox run inside every app server too (MASTHEAD_SCHEDULER=off turns both
 * off, e.g. when `npm run worker` does the job instead); row locks make several of them safe together.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ appDb }, { startCollab }] = await Promise.all([import('./server/db/client'), import('./server/collab/start-collab')]);
  await startCollab(appDb());
  if (process.env.MASTHEAD_SCHEDULER === 'off') return;
  const [{ startScheduler }, { revalidationSender, edgePurgeSender }] = await Promise.all([
    import('./server/scheduler/start-scheduler'),
    import('./server/cache/revalidation-sender'),
  ]);
  startScheduler(appDb(), { send: revalidationSender(), edge: edgePurgeSender() });
}
