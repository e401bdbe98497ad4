import { z } from 'zod';
import { apiKeyIdSchema, apiKeyRowSchema, createApiKeySchema, createdApiKeySchema } from '../../distribution/api-keys/api-key.schema';
import { listApiKeyRows } from '../../distribution/api-keys/api-key-row';
import { createApiKey } from '../../distribution/api-keys/create-api-key';
import { revokeApiKey } from '../../distribution/api-keys/revoke-api-key';
import { readAnonymousApiAccess, setAnonymousApiAccess } from '../../distribution/api-keys/set-anonymous-api-access';
import { createWebhookEndpoint } from '../../distribution/webhooks/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '../../distribution/webhooks/delete-webhook-endpoint';
import { listWebhookDeliveries } from '../../distribution/webhooks/list-webhook-deliveries';
import { redeliverWebhook } from '../../distribution/webhooks/redeliver-webhook';
import { setWebhookEndpointEnabled } from '../../distribution/webhooks/set-webhook-endpoint-enabled';
import {
  createdWebhookEndpointSchema,
  createWebhookEndpointSchema,
  listWebhookDeliveriesSchema,
  redeliverWebhookSchema,
  setWebhookEndpointEnabledSchema,
  webhookDeliveryRowSchema,
  webhookEndpointIdSchema,
  webhookEndpointRowSchema,
} from '../../distribution/webhooks/webhook.schema';
import { listWebhookEndpointRows } from '../../distribution/webhooks/webhook-endpoint-rows';
import { procedureRequiring, router } from '../trpc';

const distributionManager = procedureRequiring('distribution.manage');

/** The content API's keys and access setting, and webhooks with their delivery log: admin screens. */
export const distributionRouter = router({
  apiKeys: distributionManager
    .input(z.void())
    .output(z.array(apiKeyRowSchema))
    .query(({ ctx }) => listApiKeyRows(ctx.db)),
  createApiKey: distributionManager
    .input(createApiKeySchema)
    .output(createdApiKeySchema)
    .mutation(({ ctx, input }) => createApiKey({ db: ctx.db, actor: ctx.actor, input })),
  revokeApiKey: distributionManager
    .input(apiKeyIdSchema)
    .output(apiKeyRowSchema)
    .mutation(({ ctx, input }) => revokeApiKey({ db: ctx.db, actor: ctx.actor, apiKeyId: input.apiKeyId })),
  anonymousAccess: distributionManager
    .input(z.void())
    .output(z.boolean())
    .query(({ ctx }) => readAnonymousApiAccess(ctx.db)),
  setAnonymousAccess: distributionManager
    .input(z.object({ allowed: z.boolean() }))
    .output(z.boolean())
    .mutation(({ ctx, input }) => setAnonymousApiAccess({ db: ctx.db, actor: ctx.actor, allowed: input.allowed })),
  webhooks: distributionManager
    .input(z.void())
    .output(z.array(webhookEndpointRowSchema))
    .query(({ ctx }) => listWebhookEndpointRows(ctx.db)),
  createWebhook: distributionManager
    .input(createWebhookEndpointSchema)
    .output(createdWebhookEndpointSchema)
    .mutation(({ ctx, input }) => createWebhookEndpoint({ db: ctx.db, actor: ctx.actor, input })),
  setWebhookEnabled: distributionManager
    .input(setWebhookEndpointEnabledSchema)
    .output(webhookEndpointRowSchema)
    .mutation(({ ctx, input }) => setWebhookEndpointEnabled({ db: ctx.db, actor: ctx.actor, endpointId: input.endpointId, enabled: input.enabled })),
  deleteWebhook: distributionManager
    .input(webhookEndpointIdSchema)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteWebhookEndpoint({ db: ctx.db, actor: ctx.actor, endpointId: input.endpointId })),
  webhookDeliveries: distributionManager
    .input(listWebhookDeliveriesSchema)
    .output(z.array(webhookDeliveryRowSchema))
    .query(({ ctx, input }) => listWebhookDeliveries({ db: ctx.db, endpointId: input.endpointId, limit: input.limit })),
  redeliverWebhook: distributionManager
    .input(redeliverWebhookSchema)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => redeliverWebhook({ db: ctx.db, actor: ctx.actor, deliveryId: input.deliveryId })),
});
