import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../../test/factories';
import { rawQuery, withTestDatabase } from '../../../test/integration/test-database';
import { startTestReceiver } from '../../../test/webhooks/test-receiver';
import { createSection } from '../../admin/create-section';
import { transitionArticle } from '../../article/transition-article';
import { runDueWork } from '../../scheduler/run-due-work';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { postToReceiver } from './deliver-webhook-stream';
import { disableFailingEndpoint } from './disable-failing-endpoint';
import { listWebhookDeliveries } from './list-webhook-deliveries';
import { PrivateReceiverError } from './receiver-address';
import { recordWebhookEvent } from './record-webhook-event';
import { redeliverWebhook } from './redeliver-webhook';
import { setWebhookEndpointEnabled } from './set-webhook-endpoint-enabled';
import { startWebhookDelivery } from './start-webhook-delivery';
import type { WebhookEventType } from './webhook-events';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature';

process.env.NEXTAUTH_SECRET ??= 'a-test-secret-long-enough-for-sealing';

const t = withTestDatabase();
const cleanups: (() => Promise<void>)[] = [];
beforeEach(() => rawQuery(t.url, 'DELETE FROM pgboss.job').then(() => undefined));
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function receiver(answer?: Parameters<typeof startTestReceiver>[0]) {
  const started = await startTestReceiver(answer);
  cleanups.push(started.close);
  return started;
}
async function deliveryRunning() {
  const delivery = await startWebhookDelivery(t.db, { connectionString: t.url, concurrency: 2 });
  cleanups.push(delivery.stop);
}
async function admin() {
  const user = await createStaff(t.db, { role: 'ADMIN' });
  return actorFor(user);
}
async function endpointFor(url: string, events: WebhookEventType[] = ['article.published', 'article.updated', 'article.unpublished']) {
  return createWebhookEndpoint({ db: t.db, actor: await admin(), input: { name: 'Partner', url, events } });
}
const record = (type: WebhookEventType, articleId: string, n: number) =>
  t.db.$transaction((tx) => recordWebhookEvent(tx, { type, subject: { kind: 'article', id: articleId }, data: { n } }));
const bodyOf = (body: string) => JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> };

describe('webhooks', () => {
  it('delivers a publication exactly as signed, logged with its status code and response time', async () => {
    const hook = await receiver();
    const { endpoint, secret } = await endpointFor(hook.url);
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const writer = await createStaff(t.db, { role: 'JOURNALIST' });
    const article = await createArticle(t.db, { authors: [writer], state: 'APPROVED' });
    await deliveryRunning();
    await transitionArticle({ db: t.db, actor: actorFor(editor), articleId: article.id, expectedVersion: article.version, action: 'publish', revalidate: async () => {} });

    await hook.until(() => hook.accepted().length === 1);
    const [request] = hook.received;
    expect(verifySignature({ secret, body: request!.body, header: String(request!.headers[SIGNATURE_HEADER.toLowerCase()]) })).toBe(true);
    expect(verifySignature({ secret: 'whsec_wrong', body: request!.body, header: String(request!.headers[SIGNATURE_HEADER.toLowerCase()]) })).toBe(false);
    const event = bodyOf(request!.body);
    expect(event.type).toBe('article.published');
    expect(request!.headers['masthead-event-id']).toBe(event.id);
    expect(event.data).toMatchObject({ article: { id: article.id, slug: article.slug, version: article.version + 1 } });

    await expect.poll(() => listWebhookDeliveries({ db: t.db, endpointId: endpoint.id, limit: 10 })).toMatchObject([
      { status: 'DELIVERED', eventType: 'article.published', attempts: [{ statusCode: 200, error: null }] },
    ]);
  });

  it('writes nothing to send when the change rolls back', async () => {
    const hook = await receiver();
    await endpointFor(hook.url);
    await expect(
      t.db.$transaction(async (tx) => {
        await recordWebhookEvent(tx, { type: 'article.published', subject: { kind: 'article', id: crypto.randomUUID() }, data: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.webhookDelivery.count()).toBe(0);
    expect((await rawQuery(t.url, 'SELECT count(*)::int AS n FROM pgboss.job')).rows[0]).toEqual({ n: 0 });
  });

  it('gives a receiver that was down every event once it is back, in order of occurrence per article', async () => {
    // Down (503) for its first three requests, then up.
    const hook = await receiver(({ index }) => (index < 3 ? 503 : 200));
    await endpointFor(hook.url);
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    await record('article.published', a, 1);
    await record('article.published', b, 1);
    await record('article.updated', a, 2);
    await record('article.unpublished', a, 3);
    await record('article.updated', b, 2);
    await deliveryRunning();

    await hook.until(() => hook.accepted().length === 5);
    const accepted = hook.accepted().map((request) => bodyOf(request.body));
    const eventsOf = async (articleId: string) =>
      (await t.db.webhookEvent.findMany({ where: { subject: `article:${articleId}` }, orderBy: { createdAt: 'asc' }, select: { id: true } })).map((row) => row.id);
    const order = accepted.map((event) => event.id);
    for (const articleId of [a, b]) {
      const ids = await eventsOf(articleId);
      expect(order.filter((id) => ids.includes(id))).toEqual(ids);
    }
    expect(new Set(order).size).toBe(5);
  }, 60_000);

  it('sends an event again on request, with the same event id', async () => {
    const hook = await receiver();
    const { endpoint } = await endpointFor(hook.url);
    await record('article.published', crypto.randomUUID(), 1);
    await deliveryRunning();
    await hook.until(() => hook.accepted().length === 1);
    const [delivery] = await listWebhookDeliveries({ db: t.db, endpointId: endpoint.id, limit: 10 });
    await redeliverWebhook({ db: t.db, actor: await admin(), deliveryId: delivery!.id });
    await hook.until(() => hook.accepted().length === 2);
    expect(hook.received.map((request) => request.headers['masthead-event-id'])).toEqual([delivery!.eventId, delivery!.eventId]);
    expect(hook.received[0]!.headers['masthead-delivery-id']).not.toBe(hook.received[1]!.headers['masthead-delivery-id']);
  });

  it('disables an endpoint after repeated failures, tells the admins, and sends what waited once enabled again', async () => {
    let up = false;
    const hook = await receiver(() => (up ? 200 : 500));
    const { endpoint } = await endpointFor(hook.url);
    const manager = await admin();
    await record('article.published', crypto.randomUUID(), 1);
    await deliveryRunning();
    await expect.poll(async () => (await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).consecutiveFailures).toBeGreaterThanOrEqual(1);
    // The failure that reaches the threshold (counted here with a low one) disables it.
    const disabled = await t.db.$transaction(async (tx) => {
      const row = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      return disableFailingEndpoint(tx, { endpoint: row, now: new Date(), threshold: 1 });
    });
    expect(disabled).toBe(true);
    expect(await t.db.notification.findMany({ where: { userId: manager.id }, select: { kind: true } })).toEqual([{ kind: 'webhookDisabled' }]);
    up = true;
    await setWebhookEndpointEnabled({ db: t.db, actor: manager, endpointId: endpoint.id, enabled: true });
    await hook.until(() => hook.accepted().length === 1);
    expect(await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { consecutiveFailures: true, disabledAt: true } })).toEqual({ consecutiveFailures: 0, disabledAt: null });
  }, 60_000);

  it('the scheduler’s batches and section changes raise their events in their own transactions', async () => {
    const hook = await receiver();
    const { endpoint } = await endpointFor(hook.url, ['article.published', 'section.created']);
    const writer = await createStaff(t.db, { role: 'JOURNALIST' });
    const due = await Promise.all([1, 2].map(() => createArticle(t.db, { authors: [writer], state: 'SCHEDULED' })));
    await t.db.article.updateMany({ where: { id: { in: due.map((article) => article.id) } }, data: { publishAt: new Date(Date.now() - 60_000) } });
    const { published } = await runDueWork(t.db);
    expect(published.sort()).toEqual(due.map((article) => article.id).sort());
    const section = await createSection({ db: t.db, actor: await admin(), input: { name: 'Science', slug: '', description: '' } });
    const recorded = await t.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, orderBy: { seq: 'asc' }, select: { event: { select: { type: true, subject: true } } } });
    expect(recorded.map((row) => row.event).sort((a, b) => a.subject.localeCompare(b.subject))).toEqual(
      [...due.map((article) => ({ type: 'article.published', subject: `article:${article.id}` })), { type: 'section.created', subject: `section:${section.id}` }].sort((a, b) => a.subject.localeCompare(b.subject)),
    );
  });

  it('refuses receivers on private addresses unless the operator allows them: at registration and when connecting', async () => {
    const hook = await receiver();
    const actor = await admin();
    const input = { name: 'Metadata', url: 'http://169.254.169.254/latest/meta-data', events: ['article.published' as const] };
    await expect(createWebhookEndpoint({ db: t.db, actor, input, allowPrivateAddresses: false })).rejects.toThrow(/169\.254\.169\.254 is a private address/);
    expect(await t.db.webhookEndpoint.count({ where: { name: 'Metadata' } })).toBe(0);

    const request = { url: hook.url, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    await expect(postToReceiver({ allowPrivateAddresses: false })(request)).rejects.toBeInstanceOf(PrivateReceiverError);
    await expect(postToReceiver({ allowPrivateAddresses: false })({ ...request, url: hook.url.replace('127.0.0.1', 'localhost') })).rejects.toBeInstanceOf(PrivateReceiverError);
    expect(hook.received).toHaveLength(0);
    await expect(postToReceiver({ allowPrivateAddresses: true })(request)).resolves.toEqual({ status: 200 });
    expect(hook.received).toHaveLength(1);
  });
});
