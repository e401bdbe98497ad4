import { env } from '../../server/env';
import { checkDatabase } from '../../server/db/check-database';
import { openEmbeddedDataFolder } from '../../server/db/data-folder';

/**
 * Runs `work` against the configured database: DATABASE_URL when set (checked first, for a clear error),
 * otherwise the embedded database in the data folder, held for the duration and released after.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const { DATABASE_URL, MASTHEAD_DATA_DIR } = env();
  if (DATABASE_URL) {
    await checkDatabase(DATABASE_URL);
    return work(DATABASE_URL);
  }
  const embedded = await openEmbeddedDataFolder(MASTHEAD_DATA_DIR);
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** Top-level runner for scripts: prints the error's message (not a stack) and exits non-zero. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
