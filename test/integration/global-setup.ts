import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded';
import { applyMigrations } from '../../server/db/migrate';

/**
 * Migrates ONE template database per run, through the same migrations the app uses; every test file then
 * gets its own copy (test/integration/test-database.ts). PostgreSQL when TEST_DATABASE_URL is set (a
 * template database cloned with CREATE DATABASE … TEMPLATE), the embedded PGlite otherwise (a data-folder
 * dump loaded into a fresh in-memory instance).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseKind: 'postgresql' | 'pglite';
    postgresTemplate: { adminUrl: string; templateName: string } | null;
    pgliteDumpPath: string | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `masthead_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    await applyMigrations(withDatabase(serverUrl, templateName));
    project.provide('databaseKind', 'postgresql');
    project.provide('postgresTemplate', { adminUrl: serverUrl, templateName });
    project.provide('pgliteDumpPath', null);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.end();
    };
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-int-'));
  const dumpPath = path.join(dir, 'migrated.tar');
  const template = await startEmbeddedPostgres({});
  await applyMigrations(template.url);
  const dump = await template.db.dumpDataDir('none');
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await template.stop();
  project.provide('databaseKind', 'pglite');
  project.provide('postgresTemplate', null);
  project.provide('pgliteDumpPath', dumpPath);
  return () => rm(dir, { recursive: true, force: true });
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
