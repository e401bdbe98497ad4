import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { installJobQueue } from '../distribution/webhooks/job-queue';
import { applyDatabaseSettings } from './database-settings';
import { migrationsDir, noFilters, openSchemaEngine, schemaPath } from './schema-engine';

/** Committed migration folders, oldest first (their names start with a UTC timestamp). */
export async function listMigrationFolders(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Applies every committed migration the database has not seen, exactly as `prisma migrate deploy` would
 * (same `_prisma_migrations` bookkeeping, same checksums), then the settings Masthead wants for the database
 * (database-settings.ts). Returns the names it applied.
 */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const schemaText = await readFile(schemaPath, 'utf8');
  const folders = await listMigrationFolders();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder, // the folder NAME: the engine records it as the migration's name
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'),
        },
      },
    })),
  );
  const lockfile = await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8');
  const engine = await openSchemaEngine(connectionString, schemaText);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      filters: noFilters,
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: 'migration_lock.toml', content: lockfile },
        shadowDbInitScript: '',
        migrationDirectories,
      },
    });
    // Then the job queue's own tables (pg-boss keeps its schema up to date itself), and the database's settings.
    await installJobQueue(connectionString);
    await applyDatabaseSettings(connectionString);
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
