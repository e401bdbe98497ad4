import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { enqueueWebhookStream } from './job-queue';
import type { WebhookEndpointRow } from './webhook.schema';
import { webhookEndpointRow } from './webhook-endpoint-rows';

/**
 * Disables an endpoint (deliveries wait, events meanwhile are not recorded for it) or enables it again:
 * its failure count starts over and every stream with deliveries waiting is queued, oldest first as always.
 */
export async function setWebhookEndpointEnabled({
  db,
  actor,
  endpointId,
  enabled,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  endpointId: string;
  enabled: boolean;
  now?: Date;
}): Promise<WebhookEndpointRow> {
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { disabledAt: true } });
    if (!before) throw new AppError('NOT_FOUND', 'There is no such webhook.');
    if ((before.disabledAt === null) === enabled) return webhookEndpointRow(tx, endpointId);
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: enabled ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : { disabledAt: now, disabledReason: 'Disabled by an admin' },
    });
    if (enabled) {
      const streams = await tx.webhookDelivery.findMany({ where: { endpointId, status: 'PENDING' }, distinct: ['streamKey'], select: { streamKey: true } });
      for (const { streamKey } of streams) await enqueueWebhookStream(tx, streamKey);
    }
    await recordAudit(tx, { actor, action: enabled ? 'webhook.enabled' : 'webhook.disabled', targetType: 'webhook', targetId: endpointId });
    return webhookEndpointRow(tx, endpointId);
  });
}
