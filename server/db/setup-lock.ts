import pg from 'pg';

/**
 * Runs `work` (migrations, first data) while holding a PostgreSQL advisory lock, so replicas starting
 * together on one database take turns: the first migrates and seeds, the others wait, then find it done.
 * Prisma's schema engine takes a lock of its own but gives up after 10 s ("database server … timed out"),
 * less than migrating an empty database can take on a busy machine; this one waits as long as it takes,
 * and is released by PostgreSQL if its holder dies.
 */
const SETUP_LOCK_KEY = 4_721_580_311; // ours alone (Prisma's is 72707369)

export async function withDatabaseSetupLock<T>(
  url: string,
  work: () => Promise<T>,
  options: { onWait?: () => void } = {},
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [SETUP_LOCK_KEY]);
    if (!rows[0]?.locked) {
      options.onWait?.();
      await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      // Explicitly: the embedded database serves every connection from one session, which never ends.
      await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
