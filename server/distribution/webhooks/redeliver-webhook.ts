import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { enqueueWebhookStream } from './job-queue';

/**
 * Sends an event to an endpoint again, as a new delivery of the same event (same event id, so a receiver
 * that has it already can tell), queued behind what its stream has waiting.
 */
export async function redeliverWebhook({ db, actor, deliveryId }: { db: Db; actor: Actor; deliveryId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { endpointId: true, eventId: true, streamKey: true } });
    if (!original) throw new AppError('NOT_FOUND', 'There is no such delivery.');
    const copy = await tx.webhookDelivery.create({ data: original, select: { id: true } });
    await enqueueWebhookStream(tx, original.streamKey);
    await recordAudit(tx, { actor, action: 'webhook.redelivered', targetType: 'webhook', targetId: original.endpointId, after: { eventId: original.eventId } });
    return copy;
  });
}
