/** `npm run db:seed`: demo data into DATABASE_URL or the embedded database. Safe to run again. */
import { createDb } from '../../server/db/client';
import { applyMigrations } from '../../server/db/migrate';
import { withDatabaseSetupLock } from '../../server/db/setup-lock';
import { seedDemoData } from '../../server/seed/seed-demo-data';
import { runScript, withDatabase } from '../lib/with-database';

runScript(async () => {
  await withDatabase((url) =>
    withDatabaseSetupLock(url, async () => {
      await applyMigrations(url);
      const db = createDb(url, { poolSize: 1 });
      try {
        await seedDemoData(db);
      } finally {
        await db.$disconnect();
      }
    }),
  );
  console.log('Demo data is in place.');
});
