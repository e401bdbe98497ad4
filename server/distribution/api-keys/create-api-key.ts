import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import type { ApiKeyRow, CreateApiKeyInput } from './api-key.schema';
import { listApiKeyRows } from './api-key-row';
import { apiKeyPrefix, hashApiKey, newApiKeySecret } from './api-key-token';

/** Makes a key, audited in the same transaction. The secret is returned this once and never stored. */
export async function createApiKey({ db, actor, input }: { db: Db; actor: Actor; input: CreateApiKeyInput }): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const secret = newApiKeySecret();
  return db.$transaction(async (tx) => {
    const { id } = await tx.apiKey.create({
      data: { name: input.name, prefix: apiKeyPrefix(secret), keyHash: hashApiKey(secret), scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: 'api_key.created', targetType: 'apiKey', targetId: id, after: { name: input.name, scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute } });
    const [apiKey] = await listApiKeyRows(tx, { id });
    return { apiKey: apiKey!, secret };
  });
}
