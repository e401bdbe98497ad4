import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';

/** Removes a receiver and its delivery log (its queued jobs then find nothing to send). */
export async function deleteWebhookEndpoint({ db, actor, endpointId }: { db: Db; actor: Actor; endpointId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { name: true, url: true, events: true } });
    if (!before) throw new AppError('NOT_FOUND', 'There is no such webhook.');
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, { actor, action: 'webhook.deleted', targetType: 'webhook', targetId: endpointId, before });
    return { id: endpointId };
  });
}
