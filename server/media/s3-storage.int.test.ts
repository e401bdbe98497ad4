import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { freePort } from '../../test/instances/app-instance';
import { S3_TEST_CREDENTIALS, startTestS3, type TestS3 } from '../../test/s3/s3-server';
import { publicImage } from './public-image';
import { parseRenditionPath, renditionStorageKey } from './renditions';
import { S3Storage } from './s3-storage';

const t = withTestDatabase();
let s3: TestS3;
const saved = { ...process.env };

beforeAll(async () => {
  // A free port, so parallel runs do not collide (MEDIA_S3_TEST_PORT pins one, e.g. in a port range).
  s3 = await startTestS3(Number(process.env.MEDIA_S3_TEST_PORT) || (await freePort()));
});
afterAll(async () => {
  process.env = saved;
  await s3?.stop();
});

const storage = () => new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', ...S3_TEST_CREDENTIALS });

describe('S3 storage, against a real S3-compatible server', () => {
  it('stores and reads back bytes by key, and knows a missing key', async () => {
    const key = `${randomUUID()}.webp`;
    const bytes = new Uint8Array([1, 2, 3, 254]);
    await storage().put(key, bytes);
    expect(await storage().get(key)).toEqual(Buffer.from(bytes));
    expect(await storage().get(`${randomUUID()}.jpg`)).toBeNull();
  });

  it('is what mediaStorage() gives when MEDIA_S3_* is set: uploads and renditions go to the bucket', async () => {
    Object.assign(process.env, s3.env);
    // Fresh modules, so the environment (read once per process) is read again with the bucket in it.
    vi.resetModules();
    const { mediaStorage } = await import('./storage');
    const { uploadImage } = await import('./upload-image');
    const { serveMedia } = await import('./serve-media');
    const actor = actorFor(await createStaff(t.db));
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#246' } }).jpeg().toBuffer();
    const uploaded = await uploadImage(t.db, { actor, bytes: photo });
    const asset = await t.db.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.id } });
    // Read straight from the bucket with a client of the test's own.
    expect(await storage().get(asset.storageKey)).not.toBeNull();
    const webp = publicImage(asset).picture!.sources[1]!.srcSet.split(' ')[0]!.replace('/media/', '');
    const answer = await serveMedia(t.db, mediaStorage(), webp, 60_000);
    expect(answer).toMatchObject({ status: 200, contentType: 'image/webp' });
    expect(await storage().get(renditionStorageKey(parseRenditionPath(webp)!))).not.toBeNull();
  });
});
