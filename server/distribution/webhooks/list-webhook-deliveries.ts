import type { Db } from '../../db/client';
import type { WebhookDeliveryRow } from './webhook.schema';

/** The delivery log of one endpoint, newest first, each with its attempts (status code, response time). */
export async function listWebhookDeliveries({ db, endpointId, limit }: { db: Db; endpointId: string; limit: number }): Promise<WebhookDeliveryRow[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { seq: 'desc' },
    take: limit,
    select: {
      id: true,
      status: true,
      createdAt: true,
      deliveredAt: true,
      event: { select: { id: true, type: true, subject: true } },
      attemptLog: { orderBy: { startedAt: 'asc' }, select: { startedAt: true, statusCode: true, durationMs: true, error: true } },
    },
  });
  return rows.map(({ event, attemptLog, ...row }) => ({ ...row, eventId: event.id, eventType: event.type, subject: event.subject, attempts: attemptLog }));
}
