import type { Db } from '../../db/client';
import type { ApiScope } from '../api-scopes';
import { hashApiKey } from './api-key-token';

/** "Last used" is written at most this often per key, not on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

export type ApiKeyHolder = { id: string; scopes: ApiScope[]; rateLimitPerMinute: number };

/** The live key a request presents, or null (unknown or revoked). Read on every request: revocation is immediate. */
export async function authenticateApiKey(db: Db, secret: string, now = new Date()): Promise<ApiKeyHolder | null> {
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(secret) }, select: { id: true, scopes: true, rateLimitPerMinute: true, revokedAt: true, lastUsedAt: true } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_GRANULARITY_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { id: key.id, scopes: key.scopes as ApiScope[], rateLimitPerMinute: key.rateLimitPerMinute };
}
