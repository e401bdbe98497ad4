import pg from 'pg';
import type { Db, DbOrTx } from './client';
import type { Prisma } from './generated/client';

/**
 * The pool under each client createDb made (client.ts registers it). The hottest statements (an editor's
 * autosave, every second or two per editor) run on it directly: the same SQL as `$queryRaw`, without the
 * ORM's per-query work (argument and result conversion, its query engine), which profiles showed as a
 * large share of a save's CPU on a busy server.
 */
const pools = new WeakMap<Db, pg.Pool>();

export function registerPool(db: Db, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** Prisma DateTime columns are `timestamp(3)` without time zone, holding UTC; pg would read them as local time. */
const TIMESTAMP_OID = 1114;
const utc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): ((text: string) => unknown) =>
    oid === TIMESTAMP_OID ? utc : (pg.types.getTypeParser(oid, format) as (text: string) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Runs a `Prisma.sql` query on the client's pool, with rows as `$queryRaw` gives them (timestamps as UTC
 * Dates). Dates are sent as UTC text, as Prisma does. A transaction client (or any client not made by
 * createDb) runs it through `$queryRaw`, so callers need not care which they hold.
 */
export async function plainQuery<T>(db: DbOrTx, query: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db as Db);
  if (!pool) return (db as Db).$queryRaw<T[]>(query);
  const values = query.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await pool.query<T & pg.QueryResultRow>({ text: query.text, values, types });
  return result.rows;
}
