import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../test/integration/test-database';
import { createRateLimits } from './rate-limits';
import { postgresLimiters, redisLimiters, type LimiterFactory } from './rate-limit-store';

const t = withTestDatabase();
const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
// Keys of this run only, in a Redis other tests and instances may share.
const prefix = `test-${randomBytes(4).toString('hex')}`;
const prefixed = (factory: LimiterFactory): LimiterFactory => (options) => factory({ ...options, keyPrefix: `${prefix}:${options.keyPrefix}` });

let redis: ReturnType<typeof createClient>;
beforeAll(async () => {
  redis = createClient({ url: redisUrl, disableOfflineQueue: true });
  await redis.connect();
});
afterAll(async () => {
  for (const key of await redis.keys(`*${prefix}*`)) await redis.del(key);
  await redis.quit();
});

async function failFiveTimes(limits: ReturnType<typeof createRateLimits>, account: string) {
  const outcomes: string[] = [];
  for (let i = 0; i < 5; i++) outcomes.push(await limits.recordFailure('signIn', { account }).then(() => 'counted', (error: Error) => error.message));
  return outcomes;
}

describe('rate limits kept in Redis (REDIS_URL)', () => {
  it('two instances with their own limiters share one count and one block', async () => {
    const instanceA = createRateLimits(prefixed(redisLimiters(redis, postgresLimiters(t.db))));
    const instanceB = createRateLimits(prefixed(redisLimiters(redis, postgresLimiters(t.db))));
    for (let i = 0; i < 4; i++) await instanceA.recordFailure('signIn', { account: 'dana@example.test' });
    await instanceA.recordFailure('signIn', { account: 'casey@example.test' });
    // B sees A's four failures: its own first one is the fifth, and blocks.
    await expect(instanceB.recordFailure('signIn', { account: 'dana@example.test' })).rejects.toThrow('Too many attempts. Try again in 1 minute.');
    await expect(instanceA.assertAllowed('signIn', { account: 'dana@example.test' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(instanceB.assertAllowed('signIn', { account: 'casey@example.test' })).resolves.toBeUndefined();
    // Nothing went to the database: Redis answered.
    expect(await t.db.rateLimit.count()).toBe(0);
  });

  it('falls back to the database counters when Redis is unreachable', async () => {
    const down = createClient({ url: 'redis://127.0.0.1:1', disableOfflineQueue: true });
    down.on('error', () => {});
    const limits = createRateLimits(prefixed(redisLimiters(down, postgresLimiters(t.db))));
    expect((await failFiveTimes(limits, 'dana@example.test')).at(-1)).toBe('Too many attempts. Try again in 1 minute.');
    await expect(limits.assertAllowed('signIn', { account: 'dana@example.test' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await t.db.rateLimit.count()).toBeGreaterThan(0);
  });
});
