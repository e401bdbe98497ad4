import type { Tx } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { enqueueWebhookStream } from './job-queue';
import { subjectKey, type WebhookEventType, type WebhookSubject } from './webhook-events';

export type WebhookEventInput = {
  type: WebhookEventType;
  subject: WebhookSubject;
  /** The event's `data`, sent as is (articleEventData / sectionEventData build the usual ones). */
  data: Prisma.InputJsonObject;
};

/**
 * THE way to raise a webhook event: call it inside the transaction of the change it reports. It writes the
 * event, one delivery (the outbox row) per enabled endpoint subscribed to its type, and the queue job that
 * will send it, all in that transaction: a rolled-back change sends nothing, a committed one is delivered
 * at least once. Several events at once (the scheduler's batches) cost the same few statements.
 */
export async function recordWebhookEvent(tx: Tx, event: WebhookEventInput, now = new Date()): Promise<void> {
  await recordWebhookEvents(tx, [event], now);
}

export async function recordWebhookEvents(tx: Tx, events: readonly WebhookEventInput[], now = new Date()): Promise<void> {
  if (events.length === 0) return;
  const types = [...new Set(events.map((event) => event.type))];
  const endpoints = await tx.webhookEndpoint.findMany({ where: { disabledAt: null, events: { hasSome: types } }, select: { id: true, events: true } });
  const rows = await tx.webhookEvent.createManyAndReturn({
    data: events.map((event) => ({ type: event.type, subject: subjectKey(event.subject), payload: event.data, createdAt: now })),
    select: { id: true, type: true, subject: true },
  });
  const deliveries = rows.flatMap((row) =>
    endpoints.filter((endpoint) => endpoint.events.includes(row.type)).map((endpoint) => ({ endpointId: endpoint.id, eventId: row.id, streamKey: streamKeyOf(endpoint.id, row.subject), createdAt: now })),
  );
  if (deliveries.length === 0) return;
  // One INSERT, rows in this order: each stream's sequence numbers follow the order of its events.
  await tx.webhookDelivery.createMany({ data: deliveries });
  for (const streamKey of new Set(deliveries.map((delivery) => delivery.streamKey))) await enqueueWebhookStream(tx, streamKey);
}

/** One receiver's events about one subject: the unit of ordering. */
export function streamKeyOf(endpointId: string, subject: string): string {
  return `${endpointId}/${subject}`;
}
