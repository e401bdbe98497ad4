import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/integration/global-setup';
import { withTestDatabase, rawQuery } from '../../test/integration/test-database';
import { checkDatabase } from './check-database';
import { DataFolderInUseError, openEmbeddedDataFolder } from './data-folder';
import { applyMigrations, listMigrationFolders } from './migrate';

const t = withTestDatabase();

describe('applyMigrations', () => {
  it('records every committed migration like `prisma migrate deploy`, and applies nothing twice', async () => {
    const { rows } = await rawQuery<{ migration_name: string; finished_at: Date | null }>(
      t.url,
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(await listMigrationFolders());
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(await applyMigrations(t.url)).toEqual([]);
  });

  // The embedded database has no JIT compiler; a file's database is a copy of a template, which keeps no
  // database settings, so this one is made and migrated afresh.
  if (t.kind === 'postgresql') {
    it("turns PostgreSQL's JIT compiler off for the database's sessions (it cost the desk's searches more than it saved)", async () => {
      const { adminUrl } = inject('postgresTemplate')!;
      const name = `masthead_jit_${randomBytes(4).toString('hex')}`;
      await rawQuery(adminUrl, `CREATE DATABASE ${name}`);
      try {
        const url = withDatabase(adminUrl, name);
        expect((await rawQuery<{ jit: string }>(url, 'SHOW jit')).rows).toEqual([{ jit: 'on' }]);
        await applyMigrations(url);
        expect((await rawQuery<{ jit: string }>(url, 'SHOW jit')).rows).toEqual([{ jit: 'off' }]);
      } finally {
        await rawQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    });
  }
});

describe('checkDatabase explains what is wrong', () => {
  it('passes for a reachable database', async () => {
    await expect(checkDatabase(t.url)).resolves.toBeUndefined();
  });

  it('names the host when nothing listens there', async () => {
    await expect(checkDatabase('postgresql://postgres@127.0.0.1:1/masthead')).rejects.toThrow(
      'Cannot reach PostgreSQL at 127.0.0.1:1: the connection was refused',
    );
  });

  it('rejects a URL that is not one', async () => {
    await expect(checkDatabase('not a url')).rejects.toThrow('DATABASE_URL is not a valid URL');
  });

  // The embedded server answers for any database name, so only a PostgreSQL server can be missing one.
  if (t.kind === 'postgresql') {
    it('names a database that does not exist, and how to create it', async () => {
      const url = new URL(t.url);
      url.pathname = '/masthead_no_such_database';
      await expect(checkDatabase(url.toString())).rejects.toThrow(
        'The database "masthead_no_such_database" does not exist on the PostgreSQL server at 127.0.0.1:5432. Create it (for example `createdb masthead_no_such_database`)',
      );
    });
  }
});

// Each test opens PGlite on disk two or three times: seconds each, more on a busy machine.
describe('the embedded data folder has exactly one owner', { timeout: 240_000 }, () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second opener with a clear message, and opens again once released', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-lock-'));
    const first = await openEmbeddedDataFolder(dir);
    await expect(openEmbeddedDataFolder(dir)).rejects.toBeInstanceOf(DataFolderInUseError);
    await expect(openEmbeddedDataFolder(dir)).rejects.toThrow('is already in use by another Masthead process');
    await first.stop();
    const second = await openEmbeddedDataFolder(dir);
    await second.stop();
  });

  it('keeps data across a restart', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-persist-'));
    const first = await openEmbeddedDataFolder(dir);
    await applyMigrations(first.url);
    await rawQuery(first.url, `INSERT INTO "Tag" (id, name, slug) VALUES (gen_random_uuid(), 'Kept', 'kept')`);
    await first.stop();
    const second = await openEmbeddedDataFolder(dir);
    const { rows } = await rawQuery<{ name: string }>(second.url, 'SELECT name FROM "Tag"');
    await second.stop();
    expect(rows).toEqual([{ name: 'Kept' }]);
  });
});
