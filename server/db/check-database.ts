import pg from 'pg';

/**
 * Connects once to `url` and turns the usual failures into a sentence a new user can act on, before
 * anything tries to migrate or serve. Throws DatabaseUnavailableError; returns when the database answers.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

export async function checkDatabase(url: string, options: { timeoutMs?: number } = {}): Promise<void> {
  let where: string;
  let database: string;
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || '5432'}`;
    database = decodeURIComponent(parsed.pathname.slice(1)) || 'postgres';
  } catch {
    throw new DatabaseUnavailableError('DATABASE_URL is not a valid URL (expected postgresql://user@host:5432/database).');
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.timeoutMs ?? 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnavailableError(explain(error, where, database));
  } finally {
    await client.end().catch(() => {});
  }
}

function explain(error: unknown, where: string, database: string): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where}: the connection was refused. Is the server running? Check DATABASE_URL, or unset it to use the embedded database.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case '3D000':
      return `The database "${database}" does not exist on the PostgreSQL server at ${where}. Create it (for example \`createdb ${database}\`) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the user or password in DATABASE_URL.`;
    default:
      if (message?.includes('timeout')) {
        return `Cannot reach PostgreSQL at ${where}: the connection timed out. Check DATABASE_URL and the network.`;
      }
      return `Cannot use the PostgreSQL database at ${where}: ${message ?? String(error)}`;
  }
}
