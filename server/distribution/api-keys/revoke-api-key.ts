import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ApiKeyRow } from './api-key.schema';
import { listApiKeyRows } from './api-key-row';

/**
 * Revokes a key for good. Every request looks its key up in the database (no cache of keys), so the
 * next request with it is refused.
 */
export async function revokeApiKey({ db, actor, apiKeyId, now = new Date() }: { db: Db; actor: Actor; apiKeyId: string; now?: Date }): Promise<ApiKeyRow> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: apiKeyId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) {
      if (!(await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'There is no such API key.');
    } else {
      await recordAudit(tx, { actor, action: 'api_key.revoked', targetType: 'apiKey', targetId: apiKeyId, after: { revokedAt: now.toISOString() } });
    }
    const [apiKey] = await listApiKeyRows(tx, { id: apiKeyId });
    return apiKey!;
  });
}
