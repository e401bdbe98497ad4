import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
import { currentOwner, ownerState, parseLockOwner } from './lock-owner';

/**
 * Opens the embedded database in `dataDir` for this process alone. PGlite has no lock of its own and a
 * second process writing the same folder corrupts it, so we hold a lock for as long as it is open:
 * a lock directory (made atomically by proper-lockfile, its time refreshed every 5 s) and its owner
 * recorded beside it (lock-owner.ts; not inside, which would change the time proper-lockfile checks). We decide when a lock is stale, not proper-lockfile's clock: on this
 * machine, at once when the recorded owner is gone, never while it runs; for an owner on another
 * machine (a folder on shared storage), once the lock has not been refreshed for 15 s.
 */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string, pid: number | null) {
    super(
      `The embedded database in ${dataDir} is already in use by another Masthead process ` +
        '(`npm start`, `npm run dev` or a db: script' +
        (pid === null ? '' : `; process ${pid}`) +
        '). Stop that process first, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataFolderInUseError';
  }
}

const REMOTE_STALE_MS = 15_000;
/**
 * proper-lockfile's own threshold, beyond which it takes a lock over by itself or, in the owner, gives
 * it up as compromised by throwing. Opening PGlite blocks the event loop, for more than 15 s on a busy
 * machine, so its refresh can be that late: a day keeps both out of the way.
 */
const LIBRARY_STALE_MS = 24 * 60 * 60 * 1_000;

export async function openEmbeddedDataFolder(
  dataDir: string,
  options: { port?: number } = {},
): Promise<EmbeddedPostgres> {
  const pgDir = path.resolve(dataDir, 'pgdata');
  mkdirSync(pgDir, { recursive: true });
  const release = await lockDataFolder(dataDir, pgDir);
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

async function lockDataFolder(dataDir: string, pgDir: string): Promise<() => Promise<void>> {
  const lockDir = path.resolve(dataDir, 'pgdata.lock');
  const ownerFile = path.resolve(dataDir, 'pgdata.owner');
  const take = () => lockfile.lock(pgDir, { lockfilePath: lockDir, stale: LIBRARY_STALE_MS, update: 5_000 });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if (!isHeld(error)) throw error;
    const owner = parseLockOwner(readIfThere(ownerFile));
    const state = owner ? ownerState(owner) : 'unknown';
    const heartbeatStopped = state === 'unknown' && lockAgeMs(lockDir) > REMOTE_STALE_MS;
    if (state === 'alive' || (state === 'unknown' && !heartbeatStopped)) {
      throw new DataFolderInUseError(dataDir, owner?.pid ?? null);
    }
    // The owner is gone. Its record goes first, so that while we retake the lock nobody reads the dead
    // owner's record beside our fresh lock. (Two processes taking over the same crashed lock at the same
    // instant could still both remove it: the narrow window every lock directory's takeover has.)
    rmSync(ownerFile, { force: true });
    await rm(lockDir, { recursive: true, force: true });
    try {
      release = await take();
    } catch (retryError) {
      if (isHeld(retryError)) throw new DataFolderInUseError(dataDir, null);
      throw retryError;
    }
  }
  writeFileSync(ownerFile, JSON.stringify(currentOwner()));
  // Exiting without releasing: proper-lockfile removes its directory on exit, and we our record. A
  // process killed outright leaves both behind, and its record then says it is gone.
  const removeRecord = () => rmSync(ownerFile, { force: true });
  process.once('exit', removeRecord);
  return async () => {
    process.off('exit', removeRecord);
    removeRecord(); // the record first (see above)
    await release();
  };
}

function isHeld(error: unknown): boolean {
  return (error as { code?: string }).code === 'ELOCKED';
}

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function lockAgeMs(lockDir: string): number {
  try {
    return Date.now() - statSync(lockDir).mtimeMs;
  } catch {
    return Infinity; // removed meanwhile: nothing holds it
  }
}
