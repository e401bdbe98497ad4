import type { DbOrTx } from '../../db/client';
import type { WebhookEndpointRow } from './webhook.schema';
import type { WebhookEventType } from './webhook-events';

/** Endpoints as the desk lists them (never the secret), with how many deliveries wait. */
export async function listWebhookEndpointRows(db: DbOrTx, where: { id?: string } = {}): Promise<WebhookEndpointRow[]> {
  const rows = await db.webhookEndpoint.findMany({
    where,
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      url: true,
      events: true,
      createdAt: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      _count: { select: { deliveries: { where: { status: 'PENDING' } } } },
    },
  });
  return rows.map(({ _count, events, ...row }) => ({ ...row, events: events as WebhookEventType[], pendingDeliveries: _count.deliveries }));
}

export async function webhookEndpointRow(db: DbOrTx, id: string): Promise<WebhookEndpointRow> {
  const [row] = await listWebhookEndpointRows(db, { id });
  return row!;
}
