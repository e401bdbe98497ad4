import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { env } from '../env';
import { PrismaClient } from './generated/client';
import { registerPool } from './plain-sql';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
/** Code that works both standalone and inside a transaction takes this. */
export type DbOrTx = Db | Tx;

/**
 * Waits are bounded: a connection within 10 s, a transaction started within 5 s and done within 10 s.
 * Past them the error is a retryable "busy" (server/db/database-busy.ts: 503 with Retry-After, never
 * 500); the desk's own writes are admitted well before that (server/http/desk-write-gate.ts).
 */
export function createDb(connectionString: string, options: { poolSize?: number } = {}): Db {
  // One pool for the ORM and for the few statements run on it directly (plain-sql.ts); the adapter closes
  // it on $disconnect(), as a pool it made itself.
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection's error (the server restarted) must not end the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: TRANSACTION_WAITS });
  registerPool(db, pool);
  return db;
}

const TRANSACTION_WAITS = { maxWait: 5_000, timeout: 10_000 };

/** A client on a pool the caller made and closes (tests that must hold the pool's connections). */
export function dbOnPool(pool: pg.Pool): Db {
  return new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_WAITS });
}

const globalForDb = globalThis as unknown as { mastheadDb?: Db };

/**
 * The app's client, made on first use. One per process (kept on globalThis so Next's dev reloads do not
 * open a new pool on every edit).
 */
export function appDb(): Db {
  if (globalForDb.mastheadDb) return globalForDb.mastheadDb;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start Masthead with `npm start` (it runs the embedded database for you) or set DATABASE_URL to a PostgreSQL database.',
    );
  }
  globalForDb.mastheadDb = createDb(url, { poolSize: env().DATABASE_POOL_SIZE });
  return globalForDb.mastheadDb;
}
