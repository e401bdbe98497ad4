/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { applyMigrations } from '../../server/db/migrate';
import { withDatabaseSetupLock } from '../../server/db/setup-lock';
import { runScript, withDatabase } from '../lib/with-database';

runScript(async () => {
  const applied = await withDatabase((url) => withDatabaseSetupLock(url, () => applyMigrations(url)));
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
});
