import pg from 'pg';

/** SQLSTATE 42501: the role may not alter the database. */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Settings Masthead wants for its database's sessions, set on the database itself (new sessions take them)
 * each time the migrations are applied. Kept out of the migration files: a setting needs the database's
 * name, that is dynamic SQL, and the driver adapter that applies migrations splits a script at every
 * semicolon, which a DO block cannot survive.
 *
 * jit = off: Masthead's queries are many and short. PostgreSQL compiles a query with its JIT once the
 * plan's estimated cost passes jit_above_cost, and on the desk the compiling cost more than the query: a
 * journalist's search for a common word took 429 ms with it and 36 ms without (bench/article-search.ts,
 * 100,000 articles). A role that may not alter its database keeps the server's setting.
 */
export async function applyDatabaseSettings(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(rows[0]!.name)} SET jit = off`);
  } catch (error) {
    if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
  } finally {
    await client.end();
  }
}
