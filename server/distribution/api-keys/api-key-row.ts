import type { DbOrTx } from '../../db/client';
import type { ApiScope } from '../api-scopes';
import type { ApiKeyRow } from './api-key.schema';

const rowSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  rateLimitPerMinute: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** Keys as the desk lists them (never the hash): live ones first, newest first. */
export async function listApiKeyRows(db: DbOrTx, where: { id?: string } = {}): Promise<ApiKeyRow[]> {
  const rows = await db.apiKey.findMany({ where, select: rowSelect, orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }] });
  return rows.map(({ createdBy, scopes, ...row }) => ({ ...row, scopes: scopes as ApiScope[], createdByName: createdBy?.name ?? null }));
}
