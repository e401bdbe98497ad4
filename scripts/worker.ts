/**
 * `npm run worker`: the scheduler and webhook delivery as a process of its own, against DATABASE_URL. (With the embedded
 * database the scheduler already runs inside `npm start`, which owns that database.) It needs the app's
 * NEXTAUTH_SECRET and, unless an app listens on 127.0.0.1:3000, MASTHEAD_INTERNAL_URL: it delivers the
 * revalidation outbox (what it and the app instances publish) to that app (server/revalidation/).
 */
import { edgePurgeSender, pageWarmer, revalidationSender } from '../server/cache/revalidation-sender';
import { createDb } from '../server/db/client';
import { checkDatabase } from '../server/db/check-database';
import { env } from '../server/env';
import { logger } from '../server/logger';
import { SCHEDULER_CONCURRENCY, startScheduler } from '../server/scheduler/start-scheduler';
import { startWebhookDelivery, WEBHOOK_CONCURRENCY } from '../server/distribution/webhooks/start-webhook-delivery';
import { runScript } from './lib/with-database';

runScript(async () => {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error('`npm run worker` needs DATABASE_URL. With the embedded database, the scheduler runs inside `npm start`.');
  }
  await checkDatabase(url);
  // The scheduler's concurrent articles, one connection for the revalidation deliveries, and the webhook senders'.
  const db = createDb(url, { poolSize: SCHEDULER_CONCURRENCY + 1 + WEBHOOK_CONCURRENCY });
  const scheduler = startScheduler(db, { send: revalidationSender(), edge: edgePurgeSender(), warm: pageWarmer() });
  const webhooks = await startWebhookDelivery(db, { connectionString: url });
  logger.info('scheduler and webhook worker started');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await Promise.all([scheduler.stop(), webhooks.stop()]);
  await db.$disconnect();
});
