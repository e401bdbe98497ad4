import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';

/**
 * Opens the embedded database in `dataDir` for this process alone. PGlite has no lock of its own and a
 * second process writing the same folder corrupts it, so we hold a lock (a lock directory refreshed
 * every few seconds, so a crashed owner's lock goes stale and is taken over) for as long as it is open.
 */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database in ${dataDir} is already in use by another Masthead process ` +
        '(`npm start`, `npm run dev` or a db: script). Stop that process first, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export async function openEmbeddedDataFolder(
  dataDir: string,
  options: { port?: number } = {},
): Promise<EmbeddedPostgres> {
  const pgDir = path.resolve(dataDir, 'pgdata');
  mkdirSync(pgDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(pgDir, {
      lockfilePath: path.resolve(dataDir, 'pgdata.lock'),
      stale: 15_000,
      update: 5_000,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataFolderInUseError(dataDir);
    throw error;
  }
  try {
    const embedded = await startEmbeddedPostgres({ dataDir: pgDir, port: options.port });
    return {
      ...embedded,
      stop: async () => {
        await embedded.stop();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
