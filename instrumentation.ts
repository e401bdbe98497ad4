/**
/**
 * Next.js calls register() once when a server process starts. Every app server runs the co-editing server
 * (server/collab/; its WebSocket reaches it through scripts/lib/server-preload.cjs). The scheduler, the
 * delivery of the revalidation outbox and webhook delivery run inside every app server too
 * (MASTHEAD_SCHEDULER=off turns them off, e.g. when `npm run worker` does the job instead); row locks make
 * several of them safe together.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ appDb }, { startCollab }] = await Promise.all([import('./server/db/client'), import('./server/collab/start-collab')]);
  await startCollab(appDb());
  if (process.env.MASTHEAD_SCHEDULER === 'off') return;
  const [{ startScheduler }, { revalidationSender, edgePurgeSender, pageWarmer }, { startWebhookDelivery }, { logger }] = await Promise.all([
    import('./server/scheduler/start-scheduler'),
    import('./server/cache/revalidation-sender'),
    import('./server/distribution/webhooks/start-webhook-delivery'),
    import('./server/logger'),
  ]);
  startScheduler(appDb(), { send: revalidationSender(), edge: edgePurgeSender(), warm: pageWarmer() });
  startWebhookDelivery(appDb(), { connectionString: process.env.DATABASE_URL! }).catch((error: unknown) =>
    logger.error({ err: error }, 'webhook delivery could not start'),
  );
}
