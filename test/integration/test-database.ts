import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDb, type Db, type DbOrTx } from '../../server/db/client';
import { startEmbeddedPostgres } from '../../server/db/embedded';
import { withDatabase } from './global-setup';

export type TestDatabase = {
  /** Prisma client on this file's own database. */
  readonly db: Db;
  /** Its connection URL (for code under test that opens its own connections). */
  readonly url: string;
  readonly kind: 'postgresql' | 'pglite';
};

/**
 * Call at the top of an integration test file. The file gets its own freshly migrated database (no state
 * shared with other files), emptied before each test (no state shared between tests).
 */
export function withTestDatabase(): TestDatabase {
  let db: Db | undefined;
  let url = '';
  let teardown = async () => {};
  const kind = inject('databaseKind');

  beforeAll(async () => {
    if (kind === 'postgresql') {
      const { adminUrl, templateName } = inject('postgresTemplate')!;
      const name = `masthead_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await cloneTemplate(admin, name, templateName);
      url = withDatabase(adminUrl, name);
      teardown = async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const dump = await readFile(inject('pgliteDumpPath')!);
      const embedded = await startEmbeddedPostgres({ loadDataDir: new Blob([dump]) });
      url = embedded.url;
      teardown = embedded.stop;
    }
    db = createDb(url, { poolSize: 5 });
  });

  beforeEach(async () => {
    const { rows } = await rawQuery<{ tablename: string }>(
      url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const tables = rows.map((row) => `"${row.tablename}"`).join(', ');
    await rawQuery(url, `TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await teardown();
  });

  return {
    get db() {
      if (!db) throw new Error('withTestDatabase(): the database is ready only inside tests and hooks.');
      return db;
    },
    get url() {
      return url;
    },
    kind,
  };
}

/** One query on a short-lived connection, for test plumbing that must not go through the code under test. */
export async function rawQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<Row>(sql);
  } finally {
    await client.end();
  }
}

/** PostgreSQL clones a template for one session at a time (55006 "being accessed by other users"). */
async function cloneTemplate(admin: pg.Client, name: string, templateName: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    }
  }
}

export type DatabaseFingerprint = Record<string, { rows: number; hash: string }>;

/**
 * Every table's row count and a hash of all its rows (each row as text, in a fixed order), in one round
 * trip: two fingerprints are equal exactly when no row was added, removed or changed. Taken around a
 * refused call, it proves the call wrote nothing anywhere, including in tables the test did not think of.
 */
export async function databaseFingerprint(db: DbOrTx): Promise<DatabaseFingerprint> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const perTable = tables.map(
    ({ tablename }) =>
      `SELECT '${tablename}' AS "table", count(*)::int AS "rows", md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS "hash" FROM "${tablename}" t`,
  );
  const rows = await db.$queryRawUnsafe<{ table: string; rows: number; hash: string }[]>(perTable.join(' UNION ALL '));
  return Object.fromEntries(rows.map(({ table, rows: count, hash }) => [table, { rows: count, hash }]));
}
