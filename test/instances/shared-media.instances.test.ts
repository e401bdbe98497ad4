import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import { startTestS3, type TestS3 } from '../s3/s3-server';
import { freePort, startAppInstance, type RunningProcess } from './app-instance';
import { createDemoDatabase, type DemoDatabase } from './demo-database';
import { signIn } from './staff-session';

/**
 * Two `next start` processes of the production build sharing one PostgreSQL database and one S3-compatible
 * bucket (s3rver, started here): an image uploaded on one instance, and a rendition one instance made, are
 * served by the other. Each instance gets a data folder of its own, so nothing is shared through the disk.
 * Needs `next build` first.
 */
const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const run = randomBytes(4).toString('hex');
const logDir = 'test-results/instances';
let database: DemoDatabase | undefined;
let s3: TestS3 | undefined;
let a: RunningProcess;
let b: RunningProcess;
const running: RunningProcess[] = [];
const dataDirs = [`${logDir}/media-a-${run}`, `${logDir}/media-b-${run}`];

beforeAll(async () => {
  database = await createDemoDatabase(adminUrl, `masthead_media_${run}`);
  s3 = await startTestS3(Number(process.env.MEDIA_S3_TEST_PORT) || (await freePort()));
  mkdirSync(logDir, { recursive: true });
  const env = { DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), MASTHEAD_SCHEDULER: 'off', LOG_LEVEL: 'warn', ...s3.env };
  [a, b] = await Promise.all([
    startAppInstance({ ...env, MASTHEAD_DATA_DIR: dataDirs[0]! }, `${logDir}/media-a.log`),
    startAppInstance({ ...env, MASTHEAD_DATA_DIR: dataDirs[1]! }, `${logDir}/media-b.log`),
  ]);
  running.push(a, b);
});

afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  await s3?.stop();
  await database?.drop();
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

it('an image uploaded on instance A, and a rendition A made, are served by instance B', async () => {
  const olha = await signIn(a.url, 'olha@example.com', DEMO_PASSWORD);
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#357' } }).jpeg().toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'shared.jpg');
  const uploaded = await fetch(`${a.url}/api/media`, { method: 'POST', body: form, headers: { Cookie: olha.cookieHeader() } });
  expect(uploaded.status).toBe(201);
  const { url, id } = (await uploaded.json()) as { url: string; id: string };

  const original = await fetch(b.url + url);
  expect(original.status).toBe(200);
  expect(original.headers.get('content-type')).toBe('image/jpeg');
  expect((await sharp(Buffer.from(await original.arrayBuffer())).metadata()).width).toBe(1600);

  // A rendition made by A (on the first request there) is read from the bucket by B.
  const asset = await database!.db.mediaAsset.findUniqueOrThrow({ where: { id } });
  const rendition = `/media/r/${asset.storageKey}/0-0-1600-1000/640.avif`;
  // On a busy machine A may first send the reader to the original while it encodes (307): wait for it.
  await vi.waitFor(async () => expect((await fetch(a.url + rendition, { redirect: 'manual' })).status).toBe(200), { timeout: 60_000, interval: 250 });
  const fromB = await fetch(b.url + rendition, { redirect: 'manual' });
  expect({ status: fromB.status, type: fromB.headers.get('content-type'), cache: fromB.headers.get('cache-control') }).toEqual({
    status: 200,
    type: 'image/avif',
    cache: 'public, max-age=31536000, immutable',
  });
  expect((await sharp(Buffer.from(await fromB.arrayBuffer())).metadata()).width).toBe(640);
});
