import http from 'node:http';
import https from 'node:https';
import { openSecret } from '../../auth/two-factor/secret-box';
import type { Db } from '../../db/client';
import { disableFailingEndpoint } from './disable-failing-endpoint';
import { env } from '../../env';
import { enqueueWebhookStream } from './job-queue';
import { literalPrivateHost, PrivateReceiverError, publicOnlyLookup } from './receiver-address';
import { SIGNATURE_HEADER, signPayload } from './webhook-signature';

/** A receiver gets this long to answer. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** A claimed delivery is the sender's for this long (one request and its bookkeeping); a killed sender's lapses. */
export const LEASE_SECONDS = 15;
/** Deliveries per job run, so a run stays inside the job's expiry (job-queue.ts); the rest go to a new job. */
export const MAX_DELIVERIES_PER_RUN = 2;

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
/** Sends one request; resolves with the answer's status, throws when there is none (refused, timeout). */
export type SendWebhook = (request: WebhookRequest) => Promise<{ status: number }>;

/**
 * Posts with node:http, not fetch, to choose where the connection goes: private addresses are refused after
 * DNS (receiver-address.ts) unless MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES allows them. Redirects are not followed.
 */
export function postToReceiver({ allowPrivateAddresses }: { allowPrivateAddresses: boolean }): SendWebhook {
  return ({ url, headers, body }) =>
    new Promise((resolve, reject) => {
      const privateHost = allowPrivateAddresses ? null : literalPrivateHost(url);
      if (privateHost) return reject(new PrivateReceiverError(privateHost));
      const request = (url.startsWith('https:') ? https : http).request(url, {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        timeout: REQUEST_TIMEOUT_MS,
        ...(!allowPrivateAddresses && { lookup: publicOnlyLookup }),
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      request.on('error', reject);
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      });
      request.end(body);
    });
}

export const fetchWebhook: SendWebhook = (request) => postToReceiver({ allowPrivateAddresses: env().MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES })(request);

type Claimed = { id: string; eventId: string; type: string; payload: unknown; eventCreatedAt: Date; url: string; secretSealed: string; endpointId: string };

/**
 * One job run for one stream (one endpoint, one subject): sends its oldest pending delivery, and the next
 * only once that one succeeded, so a receiver sees a subject's events in order of occurrence, also after
 * being down. A failure throws: the job queue retries the run with back-off. A head delivery held by
 * another sender (another instance) also throws ("busy"), to look again later; an endpoint that is
 * disabled leaves its deliveries pending until it is enabled again.
 */
export async function deliverWebhookStream(
  db: Db,
  { streamKey, send = fetchWebhook, clock = () => new Date() }: { streamKey: string; send?: SendWebhook; clock?: () => Date },
): Promise<{ delivered: number }> {
  let delivered = 0;
  for (; delivered < MAX_DELIVERIES_PER_RUN; delivered++) {
    const claimed = await claimHead(db, streamKey);
    if (claimed === 'done') return { delivered };
    if (claimed === 'busy') throw new Error(`webhook stream ${streamKey} is being sent by another worker`);
    await sendOne(db, claimed, { send, clock });
  }
  if (await db.webhookDelivery.count({ where: { streamKey, status: 'PENDING' } })) await enqueueWebhookStream(db, streamKey);
  return { delivered };
}

async function sendOne(db: Db, claimed: Claimed, { send, clock }: { send: SendWebhook; clock: () => Date }) {
  const body = JSON.stringify({ id: claimed.eventId, type: claimed.type, createdAt: claimed.eventCreatedAt.toISOString(), data: claimed.payload });
  const startedAt = clock();
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'Masthead-Webhooks/1',
    // The event's id stays the same on every retry and redelivery: receivers de-duplicate on it.
    'Masthead-Event-Id': claimed.eventId,
    'Masthead-Event-Type': claimed.type,
    'Masthead-Delivery-Id': claimed.id,
    [SIGNATURE_HEADER]: signPayload({ secret: openSecret(claimed.secretSealed), body, timestamp: Math.floor(startedAt.getTime() / 1000) }),
  };
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    statusCode = (await send({ url: claimed.url, headers, body })).status;
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  const durationMs = Math.round(performance.now() - started);
  const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
  error ??= ok ? null : `HTTP ${statusCode}`;
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({ data: { deliveryId: claimed.id, startedAt, statusCode, durationMs, error } });
    await tx.webhookDelivery.update({
      where: { id: claimed.id },
      data: { leasedUntil: null, lastStatusCode: statusCode, lastError: error, ...(ok && { status: 'DELIVERED', deliveredAt: clock() }) },
    });
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: claimed.endpointId },
      data: { consecutiveFailures: ok ? 0 : { increment: 1 } },
      select: { id: true, name: true, consecutiveFailures: true, disabledAt: true },
    });
    if (!ok) await disableFailingEndpoint(tx, { endpoint, now: clock() });
  });
  if (!ok) throw new Error(`webhook delivery ${claimed.id} failed: ${error}`);
}

/** Leases the stream's oldest pending delivery, unless another sender holds it or its endpoint is disabled. */
async function claimHead(db: Db, streamKey: string): Promise<Claimed | 'done' | 'busy'> {
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" d
    SET "leasedUntil" = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = d.attempts + 1
    FROM "WebhookEndpoint" e, "WebhookEvent" ev
    WHERE d.id = (SELECT id FROM "WebhookDelivery" WHERE "streamKey" = ${streamKey} AND status = 'PENDING' ORDER BY seq LIMIT 1)
      AND e.id = d."endpointId" AND e."disabledAt" IS NULL
      AND ev.id = d."eventId"
      AND (d."leasedUntil" IS NULL OR d."leasedUntil" < now())
    RETURNING d.id::text AS id, ev.id::text AS "eventId", ev.type, ev.payload, ev."createdAt" AS "eventCreatedAt",
      e.url, e."secretSealed", e.id::text AS "endpointId"`;
  if (rows[0]) return rows[0];
  const head = await db.webhookDelivery.findFirst({
    where: { streamKey, status: 'PENDING' },
    orderBy: { seq: 'asc' },
    select: { endpoint: { select: { disabledAt: true } } },
  });
  return !head || head.endpoint.disabledAt ? 'done' : 'busy';
}
