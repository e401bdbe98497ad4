import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { appDb, type Db } from '../db/client';
import { AppError } from '../errors';
import {
  blockSeconds,
  RATE_LIMIT_POLICY,
  STRIKES_MEMORY_SECONDS,
  tooManyAttemptsMessage,
  type LimitDimension,
  type LimitedAction,
  type LimitRule,
} from './rate-limit-policy';
import { connectRedis, postgresLimiters, redisLimiters, type LimiterFactory } from './rate-limit-store';

/** What a failure is counted under; a missing key (e.g. no known address) is simply not counted. */
export type LimitKeys = Partial<Record<LimitDimension, string | null>>;

/**
 * THE guard for every secret-checking form (sign-in, second factor, set-password links, re-entering the
 * password). Callers ask `assertAllowed` before checking the secret (a blocked caller learns nothing,
 * not even whether this guess was right), then report the outcome.
 */
export type RateLimits = {
  /** Throws TOO_MANY_REQUESTS, with the wait, while any key is blocked. Counts nothing. */
  assertAllowed(action: LimitedAction, keys: LimitKeys): Promise<void>;
  /** Counts a failure under each key; throws TOO_MANY_REQUESTS when this failure started a block. */
  recordFailure(action: LimitedAction, keys: LimitKeys): Promise<void>;
  /** Forgets the account's failures and escalation (the right secret came from its owner). */
  recordSuccess(action: LimitedAction, keys: LimitKeys): Promise<void>;
};

type Pair = { rule: LimitRule; failures: RateLimiterAbstract; strikes: RateLimiterAbstract };

// Keys are hashed: the table (or Redis) then holds no email or address, and any length fits its column.
function hashed(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function tooMany(waitMs: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', tooManyAttemptsMessage(waitMs), { retryAfterSeconds: Math.ceil(waitMs / 1000) });
}

export function createRateLimits(makeLimiter: LimiterFactory): RateLimits {
  const pairs = new Map<string, Pair>();
  const pairFor = (action: LimitedAction, dimension: LimitDimension): Pair | null => {
    const rule: LimitRule | undefined = (RATE_LIMIT_POLICY[action] as Partial<Record<LimitDimension, LimitRule>>)[dimension];
    if (!rule) return null;
    const name = `${action}:${dimension}`;
    let pair = pairs.get(name);
    if (!pair) {
      pair = {
        rule,
        failures: makeLimiter({ keyPrefix: name, points: rule.failures, duration: rule.windowSeconds }),
        // How many blocks this key earned lately: picks the next, longer block.
        strikes: makeLimiter({ keyPrefix: `${name}:strikes`, points: 1_000_000, duration: STRIKES_MEMORY_SECONDS }),
      };
      pairs.set(name, pair);
    }
    return pair;
  };
  const each = (action: LimitedAction, keys: LimitKeys) =>
    (Object.entries(keys) as [LimitDimension, string | null | undefined][]).flatMap(([dimension, value]) => {
      const pair = value ? pairFor(action, dimension) : null;
      return pair && value ? [{ ...pair, key: hashed(value), dimension }] : [];
    });

  return {
    async assertAllowed(action, keys) {
      let waitMs = 0;
      for (const { rule, failures, key } of each(action, keys)) {
        const state = await failures.get(key);
        if (state && state.consumedPoints >= rule.failures) waitMs = Math.max(waitMs, state.msBeforeNext);
      }
      if (waitMs > 0) throw tooMany(waitMs);
    },
    async recordFailure(action, keys) {
      let waitMs = 0;
      for (const { rule, failures, strikes, key } of each(action, keys)) {
        const counted = await failures.penalty(key, 1);
        if (counted.consumedPoints < rule.failures) continue;
        const earlier = (await strikes.penalty(key, 1)).consumedPoints - 1;
        const seconds = blockSeconds(rule, earlier);
        await failures.block(key, seconds);
        waitMs = Math.max(waitMs, seconds * 1000);
      }
      if (waitMs > 0) throw tooMany(waitMs);
    },
    async recordSuccess(action, keys) {
      // Only the account is forgiven: one good sign-in from an address says nothing about its other guesses.
      for (const { failures, strikes, key, dimension } of each(action, keys)) {
        if (dimension !== 'account') continue;
        await failures.delete(key);
        await strikes.delete(key);
      }
    },
  };
}

/** Counters in the given database: integration tests and callers holding a `db`. */
export function databaseRateLimits(db: Db): RateLimits {
  return createRateLimits(postgresLimiters(db));
}

const globalForLimits = globalThis as unknown as { mastheadRateLimits?: RateLimits; mastheadLimiters?: LimiterFactory };

/** The app's counters: in Redis when REDIS_URL is set (the database as fallback), else in the database. */
export function appLimiters(): LimiterFactory {
  if (globalForLimits.mastheadLimiters) return globalForLimits.mastheadLimiters;
  const inDatabase = postgresLimiters(appDb());
  const redisUrl = process.env.REDIS_URL;
  globalForLimits.mastheadLimiters = redisUrl ? redisLimiters(connectRedis(redisUrl), inDatabase) : inDatabase;
  return globalForLimits.mastheadLimiters;
}

/** The app's limits, over appLimiters(). */
export function appRateLimits(): RateLimits {
  globalForLimits.mastheadRateLimits ??= createRateLimits(appLimiters());
  return globalForLimits.mastheadRateLimits;
}
