import { seedDemoData } from '../seed/seed-demo-data';
import { createDb } from './client';
import { applyMigrations } from './migrate';
import { withDatabaseSetupLock } from './setup-lock';

/**
 * Makes a database ready for the app, as `npm start` does before serving: applies pending migrations and,
 * when `demoData` is on and the newsroom has nobody in it yet, the demo data. Once, however many
 * processes start together on the same database.
 */
export async function prepareDatabase(options: {
  url: string;
  demoData: boolean;
  onWait?: () => void;
}): Promise<{ applied: string[]; seeded: boolean }> {
  return withDatabaseSetupLock(
    options.url,
    async () => {
      const applied = await applyMigrations(options.url);
      const seeded = options.demoData && (await seedIfEmpty(options.url));
      return { applied, seeded };
    },
    { onWait: options.onWait },
  );
}

async function seedIfEmpty(url: string): Promise<boolean> {
  const db = createDb(url, { poolSize: 1 });
  try {
    if ((await db.user.count()) > 0) return false;
    await seedDemoData(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
