import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../admin/record-audit';
import type { Actor } from '../../auth/actor';
import { sealSecret } from '../../auth/two-factor/secret-box';
import type { Db } from '../../db/client';
import { env } from '../../env';
import { AppError } from '../../errors';
import { literalPrivateHost, PrivateReceiverError } from './receiver-address';
import type { CreateWebhookEndpointInput, WebhookEndpointRow } from './webhook.schema';
import { webhookEndpointRow } from './webhook-endpoint-rows';

/** Registers a receiver with a new signing secret (returned this once), audited in the same transaction. */
export async function createWebhookEndpoint({
  db,
  actor,
  input,
  allowPrivateAddresses = env().MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES,
}: {
  db: Db;
  actor: Actor;
  input: CreateWebhookEndpointInput;
  allowPrivateAddresses?: boolean;
}): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  // A name is judged where each delivery connects (receiver-address.ts); an address typed as such, now.
  const privateHost = allowPrivateAddresses ? null : literalPrivateHost(input.url);
  if (privateHost) throw new AppError('BAD_REQUEST', new PrivateReceiverError(privateHost).message);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return db.$transaction(async (tx) => {
    const { id } = await tx.webhookEndpoint.create({
      data: { name: input.name, url: input.url, events: input.events, secretSealed: sealSecret(secret), createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: 'webhook.created', targetType: 'webhook', targetId: id, after: { name: input.name, url: input.url, events: input.events } });
    return { endpoint: await webhookEndpointRow(tx, id), secret };
  });
}
