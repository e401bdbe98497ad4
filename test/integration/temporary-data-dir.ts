import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Points MASTHEAD_DATA_DIR (where uploads are stored) at a folder of this test file's own, removed after. */
export function withTemporaryDataDir(): void {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-data-'));
    process.env.MASTHEAD_DATA_DIR = dir;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
}
