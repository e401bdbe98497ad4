import { appLimiters } from '../../auth/rate-limits';
import { appDb } from '../../db/client';
import { appApiRateLimiter } from './api-rate-limit';
import type { ContentApiDeps } from './serve-content-api';

/** What the app's /api/v1 route handlers serve with: the app's database and rate-limit store. */
export function appContentApiDeps(): ContentApiDeps {
  return { db: appDb(), limiter: appApiRateLimiter(appLimiters) };
}
