import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver's built-in account: it checks request signatures against this key pair. */
export const S3_TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export type TestS3 = { endpoint: string; bucket: string; env: Record<string, string>; stop: () => Promise<void> };

/**
 * A real S3-compatible server (s3rver, installed from npm, no binary) on 127.0.0.1 with one empty bucket
 * in a temporary folder; `stop` closes it and removes the folder. `env` configures the app to use it.
 */
export async function startTestS3(port: number, bucket = 'masthead-media'): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'masthead-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: [{ name: bucket }] });
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_ENDPOINT: endpoint,
      MEDIA_S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      MEDIA_S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    },
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
