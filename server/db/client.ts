import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
/** Code that works both standalone and inside a transaction takes this. */
export type DbOrTx = Db | Tx;

export function createDb(connectionString: string, options: { poolSize?: number } = {}): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: options.poolSize ?? 10 }),
  });
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
  globalForDb.mastheadDb = createDb(url);
  return globalForDb.mastheadDb;
}
