import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/integration/global-setup';
import { rawQuery } from '../../test/integration/test-database';
import { demoStaff } from '../seed/demo-staff';
import { seedDemoData } from '../seed/seed-demo-data';
import { createDb } from './client';
import { startEmbeddedPostgres } from './embedded';
import { applyMigrations, listMigrationFolders } from './migrate';
import { prepareDatabase } from './prepare-database';
import { withDatabaseSetupLock } from './setup-lock';

/**
 * Replicas started together on one empty PostgreSQL database all come up: migrations and demo data are
 * applied once, by whichever gets the setup lock first. (The embedded database has a single owner, so
 * only PostgreSQL can have replicas.)
 */
const template = inject('postgresTemplate');

async function counts(url: string) {
  const migrations = await rawQuery<{ n: string }>(url, 'SELECT count(*) AS n FROM _prisma_migrations');
  const users = await rawQuery<{ n: string }>(url, 'SELECT count(*) AS n FROM "User"');
  return { migrations: Number(migrations.rows[0]?.n), users: Number(users.rows[0]?.n) };
}

describe('preparing a database', { timeout: 240_000 }, () => {
  it('an empty one gets every migration and the demo data; a second start changes nothing', async () => {
    const embedded = template ? null : await startEmbeddedPostgres({});
    const name = `masthead_setup_${randomBytes(6).toString('hex')}`;
    if (template) await rawQuery(template.adminUrl, `CREATE DATABASE ${name}`);
    const url = embedded?.url ?? withDatabase(template!.adminUrl, name);
    try {
      const folders = await listMigrationFolders();
      expect(await prepareDatabase({ url, demoData: true })).toEqual({ applied: folders, seeded: true });
      expect(await prepareDatabase({ url, demoData: true })).toEqual({ applied: [], seeded: false });
      expect(await counts(url)).toEqual({ migrations: folders.length, users: demoStaff.length });
    } finally {
      await embedded?.stop();
      if (template) await rawQuery(template.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});

if (template) {
  describe('replicas starting together on an empty database', { timeout: 240_000 }, () => {
    let admin: pg.Client;
    let name = '';
    let url = '';
    beforeEach(async () => {
      admin = new pg.Client({ connectionString: template.adminUrl });
      await admin.connect();
      name = `masthead_setup_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      url = withDatabase(template.adminUrl, name);
    });
    afterEach(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    it('a replica waits while another prepares the database, then finds it done', async () => {
      let sawWaiting!: () => void;
      const waiting = new Promise<void>((resolve) => (sawWaiting = resolve));
      let second: ReturnType<typeof prepareDatabase> | undefined;
      // The first replica, in the middle of its setup.
      await withDatabaseSetupLock(url, async () => {
        second = prepareDatabase({ url, demoData: true, onWait: sawWaiting });
        await waiting;
        const { rows } = await rawQuery(url, `SELECT 1 FROM pg_tables WHERE tablename = '_prisma_migrations'`);
        expect(rows).toEqual([]); // the second has touched nothing
        await applyMigrations(url);
        const db = createDb(url, { poolSize: 1 });
        await seedDemoData(db);
        await db.$disconnect();
      });
      expect(await second).toEqual({ applied: [], seeded: false });
      expect(await counts(url)).toEqual({ migrations: (await listMigrationFolders()).length, users: demoStaff.length });
    });

    it('two replicas at once: one migrates and seeds, the other does neither, both succeed', async () => {
      const results = await Promise.all([1, 2].map(() => prepareDatabase({ url, demoData: true })));
      const folders = await listMigrationFolders();
      expect(results.map((result) => result.applied.length).sort()).toEqual([0, folders.length]);
      expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
      expect(await counts(url)).toEqual({ migrations: folders.length, users: demoStaff.length });
    });
  });
}
