import type { Db } from '../../db/client';
import { logger } from '../../logger';
import { deliverWebhookStream, type SendWebhook } from './deliver-webhook-stream';
import { startJobWorkers } from './job-queue';

/** Webhook jobs worked at once by one process (each waits on one receiver at a time). */
export const WEBHOOK_CONCURRENCY = 4;

/**
 * Delivers webhooks from this process (every app server, or `npm run worker`) until stopped. The queue
 * gives each job to one process; the delivery lease keeps a stream to one sender at a time.
 */
export async function startWebhookDelivery(db: Db, { connectionString, send, concurrency = WEBHOOK_CONCURRENCY }: { connectionString: string; send?: SendWebhook; concurrency?: number }) {
  const workers = await startJobWorkers(connectionString, {
    concurrency,
    handle: async ({ streamKey }) => {
      const { delivered } = await deliverWebhookStream(db, { streamKey, ...(send && { send }) });
      if (delivered > 0) logger.info({ streamKey, delivered }, 'webhooks delivered');
    },
  });
  return { stop: () => workers.stop() };
}
