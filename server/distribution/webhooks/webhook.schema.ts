import { z } from 'zod';
import { WEBHOOK_EVENT_TYPE_LIST } from './webhook-events';

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid() });

export const createWebhookEndpointSchema = z.object({
  name: z.string().trim().min(1, 'Name the receiver.').max(100, 'Keep the name under 100 characters.'),
  url: z
    .string()
    .trim()
    .max(2000, 'Keep the address under 2,000 characters.')
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'Give an http:// or https:// address.'),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPE_LIST)).min(1, 'Choose at least one event.'),
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

export const setWebhookEndpointEnabledSchema = z.object({ endpointId: z.uuid(), enabled: z.boolean() });
export const listWebhookDeliveriesSchema = z.object({ endpointId: z.uuid(), limit: z.number().int().min(1).max(200).default(50) });
export const redeliverWebhookSchema = z.object({ deliveryId: z.uuid() });

export const webhookEndpointRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPE_LIST)),
  createdAt: z.date(),
  disabledAt: z.date().nullable(),
  disabledReason: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  pendingDeliveries: z.number().int(),
});
export type WebhookEndpointRow = z.infer<typeof webhookEndpointRowSchema>;

/** The signing secret is in this answer only. */
export const createdWebhookEndpointSchema = z.object({ endpoint: webhookEndpointRowSchema, secret: z.string() });

export const webhookDeliveryRowSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  subject: z.string(),
  status: z.enum(['PENDING', 'DELIVERED']),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
  attempts: z.array(z.object({ startedAt: z.date(), statusCode: z.number().int().nullable(), durationMs: z.number().int(), error: z.string().nullable() })),
});
export type WebhookDeliveryRow = z.infer<typeof webhookDeliveryRowSchema>;
