import PgBoss from 'pg-boss';
import type { DbOrTx } from '../../db/client';
import { logger } from '../../logger';

/**
 * The durable job queue behind webhook deliveries: pg-boss, in its own schema of the app's database.
 *
 * Chosen over graphile-worker because it runs on both databases we support: graphile-worker 0.18 needs
 * Node 22.18 (we support Node 20) and, for a worker killed with SIGKILL, frees its jobs only after 4 hours;
 * pg-boss 10 polls (no LISTEN/NOTIFY, so nothing special is asked of the embedded PGlite's socket), fetches
 * with FOR UPDATE SKIP LOCKED (several app instances and the worker share one queue, each job to one of
 * them), retries with exponential back-off, and puts a job whose worker died back in line when its
 * expiry passes. Jobs are inserted with the app's own transaction (`db` option of `send`), so a
 * delivery's job commits or rolls back with the change that caused it.
 */
export const JOB_QUEUE_SCHEMA = 'pgboss';
export const WEBHOOK_QUEUE = 'webhook-delivery';

/**
 * Retries: 1 s × 2^n with jitter (2, 4, 8 … s, about 9 hours over 16 tries). A job not finished within
 * its expiry (its worker was killed mid-delivery) is retried; expiry covers a run's requests (see
 * MAX_DELIVERIES_PER_RUN × REQUEST_TIMEOUT_MS in deliver-webhook-stream.ts).
 */
export const WEBHOOK_QUEUE_OPTIONS = { retryLimit: 16, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 } as const;
/** How often each process looks for expired jobs (pg-boss maintenance). */
export const MAINTENANCE_INTERVAL_SECONDS = 5;

export type WebhookJob = { streamKey: string };

/** Creates (or brings up to date) pg-boss's tables and the webhook queue. Run with the migrations. */
export async function installJobQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: JOB_QUEUE_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on('error', () => {}); // start() rejects with the same error
  await boss.start();
  try {
    const queue = { name: WEBHOOK_QUEUE, ...WEBHOOK_QUEUE_OPTIONS };
    if (await boss.getQueue(WEBHOOK_QUEUE)) await boss.updateQueue(WEBHOOK_QUEUE, queue);
    else await boss.createQueue(WEBHOOK_QUEUE, queue);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** pg-boss's SQL through the caller's Prisma client or transaction. */
function executorOf(db: DbOrTx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params = values.map((value) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await db.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params) };
    },
  };
}

// Only builds SQL: every call passes the executor of the caller's transaction.
const sender = new PgBoss({ db: executorOf({} as DbOrTx), schema: JOB_QUEUE_SCHEMA });

/** Queues a run of one delivery stream, inside the caller's transaction. */
export async function enqueueWebhookStream(db: DbOrTx, streamKey: string): Promise<void> {
  await sender.send(WEBHOOK_QUEUE, { streamKey } satisfies WebhookJob, { db: executorOf(db) });
}

/**
 * Works the webhook queue in this process until stopped: `concurrency` workers, each fetching one job at
 * a time. Stopping waits briefly for runs under way, then hands theirs back to the queue as failed (retried).
 */
export async function startJobWorkers(
  connectionString: string,
  { concurrency, handle }: { concurrency: number; handle: (job: WebhookJob) => Promise<void> },
) {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    max: concurrency + 1,
    migrate: false,
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
  });
  boss.on('error', (error: unknown) => logger.error({ err: error }, 'webhook job queue'));
  await boss.start();
  for (let worker = 0; worker < concurrency; worker++) {
    await boss.work<WebhookJob>(WEBHOOK_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (job) await handle(job.data);
    });
  }
  return {
    stop: () => boss.stop({ graceful: true, timeout: 5_000, wait: true }),
  };
}
