import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { API_REQUEST_POLICY } from '../../auth/rate-limit-policy';
import type { LimiterFactory } from '../../auth/rate-limit-store';

export type ApiRateDecision = { allowed: true; limit: number; remaining: number } | { allowed: false; limit: number; retryAfterSeconds: number };
/** Counts one request under `key` against `perMinute`. */
export type ApiRateLimiter = (key: string, perMinute: number) => Promise<ApiRateDecision>;

/** Request counters in the same stores as the sign-in limits (the database, or Redis), shared by every instance. */
export function apiRateLimiter(makeLimiter: LimiterFactory): ApiRateLimiter {
  const limiters = new Map<number, RateLimiterAbstract>();
  return async (key, perMinute) => {
    let limiter = limiters.get(perMinute);
    if (!limiter) {
      limiter = makeLimiter({ keyPrefix: `api:${perMinute}`, points: perMinute, duration: API_REQUEST_POLICY.windowSeconds });
      limiters.set(perMinute, limiter);
    }
    try {
      const counted = await limiter.consume(key);
      return { allowed: true, limit: perMinute, remaining: counted.remainingPoints };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, limit: perMinute, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  };
}

const globalForApi = globalThis as unknown as { mastheadApiLimiter?: ApiRateLimiter };

/** The app's API request limiter, over the app's counter store (appLimiters). */
export function appApiRateLimiter(makeLimiter: () => LimiterFactory): ApiRateLimiter {
  globalForApi.mastheadApiLimiter ??= apiRateLimiter(makeLimiter());
  return globalForApi.mastheadApiLimiter;
}
