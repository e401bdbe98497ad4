import { createClient } from 'redis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Db } from '../db/client';
import { logger } from '../logger';

/** Makes one limiter (a failure counter) in the chosen store; server/auth/rate-limits.ts asks for them. */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/** rate-limiter-flexible's pg-style client over the app's Prisma client: no second connection pool. */
function prismaQueryClient(db: Db) {
  return {
    async query({ text, values = [] }: { text: string; values?: unknown[] }) {
      const rows = await db.$queryRawUnsafe<{ points?: number; expire?: bigint | number | null }[]>(text, ...values);
      // The library does arithmetic on `expire` (milliseconds, a BIGINT column); pg hands it strings, Prisma BigInts.
      const plain = rows.map((row) => ({ ...row, expire: row.expire === null || row.expire === undefined ? null : Number(row.expire) }));
      return { rows: plain, rowCount: plain.length };
    },
  };
}

/**
 * Counters in the app's database (PostgreSQL or the embedded PGlite), in the `RateLimit` table the
 * migrations create: every instance on the same database shares them.
 */
export function postgresLimiters(db: Db): LimiterFactory {
  const storeClient = prismaQueryClient(db);
  return ({ keyPrefix, points, duration }) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: 'client',
      tableName: 'RateLimit',
      tableCreated: true,
      // Expired rows are removed by the library's timer; it runs every 5 minutes and does not keep the process alive.
      keyPrefix,
      points,
      duration,
    });
}

type RedisClient = ReturnType<typeof createClient>;

/**
 * Counters in Redis (REDIS_URL), shared by every instance using it. Should Redis fail, the database
 * counters answer instead (the library's insurance limiter), so an outage never opens sign-in wide.
 */
export function redisLimiters(client: RedisClient, fallback: LimiterFactory): LimiterFactory {
  return (options) =>
    new RateLimiterRedis({ ...options, storeClient: client, useRedisPackage: true, insuranceLimiter: fallback(options) });
}

/** The app's Redis connection for rate limits: commands fail at once while it is down (no queue). */
export function connectRedis(redisUrl: string): RedisClient {
  const client = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: 1000 } });
  client.on('error', (error: unknown) => logger.warn({ err: error }, 'Rate-limit store: Redis unavailable, using the database'));
  client.connect().catch(() => {}); // reported by the error handler above
  return client;
}
