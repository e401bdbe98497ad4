import { spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { withTestDatabase, rawQuery } from '../../../test/integration/test-database';
import { startTestReceiver } from '../../../test/webhooks/test-receiver';
import { actorFor, createStaff } from '../../../test/factories';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { recordWebhookEvent } from './record-webhook-event';
import { startWebhookDelivery } from './start-webhook-delivery';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature';

process.env.NEXTAUTH_SECRET ??= 'a-test-secret-long-enough-for-sealing';

const t = withTestDatabase();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `npm run worker` as its own process, on this test's database. */
function startWorker() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: { ...process.env, DATABASE_URL: t.url, MASTHEAD_INTERNAL_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await exited;
  });
  return { kill: async () => (child.kill('SIGKILL'), await exited) };
}

it('a worker killed mid-delivery: the event is sent again by another and the receiver gets it, signed', async () => {
  // The first request is left hanging (the worker dies while waiting for it); later ones succeed.
  const hook = await startTestReceiver(({ index }) => (index === 0 ? 'hang' : 200));
  cleanups.push(hook.close);
  await rawQuery(t.url, 'DELETE FROM pgboss.job');
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  const { secret } = await createWebhookEndpoint({ db: t.db, actor: admin, input: { name: 'Partner', url: hook.url, events: ['article.published'] } });
  await t.db.$transaction((tx) => recordWebhookEvent(tx, { type: 'article.published', subject: { kind: 'article', id: crypto.randomUUID() }, data: { n: 1 } }));

  const worker = startWorker();
  await hook.until(() => hook.received.length === 1, 60_000);
  await worker.kill();

  const survivor = await startWebhookDelivery(t.db, { connectionString: t.url, concurrency: 1 });
  cleanups.push(survivor.stop);
  await hook.until(() => hook.accepted().length === 1, 90_000);
  const [first, second] = hook.received;
  expect(second!.body).toBe(first!.body);
  expect(second!.headers['masthead-event-id']).toBe(first!.headers['masthead-event-id']);
  expect(verifySignature({ secret, body: second!.body, header: String(second!.headers[SIGNATURE_HEADER.toLowerCase()]) })).toBe(true);
  await expect.poll(() => t.db.webhookDelivery.findFirstOrThrow({ select: { status: true, attempts: true } })).toEqual({ status: 'DELIVERED', attempts: 2 });
}, 150_000);
