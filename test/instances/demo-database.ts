import pg from 'pg';
import { createDb, type Db } from '../../server/db/client';
import { applyMigrations } from '../../server/db/migrate';
import { seedDemoData } from '../../server/seed/seed-demo-data';
import { withDatabase } from '../integration/global-setup';

export type DemoDatabase = { url: string; db: Db; drop: () => Promise<void> };

/**
 * A throwaway database on the PostgreSQL at `adminUrl`, migrated and holding the demo data, for tests that
 * run the production build against it. `drop` disconnects and removes it, whatever the app still holds.
 */
export async function createDemoDatabase(adminUrl: string, name: string): Promise<DemoDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  await applyMigrations(url);
  const db = createDb(url, { poolSize: 2 });
  await seedDemoData(db);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
