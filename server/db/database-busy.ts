/**
 * Failures that mean "the database is overloaded right now, try again shortly", as opposed to a bug or a
 * database that is down: no pool connection within the wait, an interactive transaction that could not
 * start or ran out of time, too many connections, a statement timeout, a lock or serialization conflict.
 * The API answers these 503 with Retry-After (never 500); the client keeps the edit and retries.
 */
const BUSY_PRISMA_CODES = new Set([
  'P2024', // timed out fetching a new connection from the pool
  'P2028', // transaction API error: unable to start a transaction in the given time, or it expired
  'P2034', // write conflict or deadlock: please retry
]);
const BUSY_SQLSTATES = new Set([
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57014', // query_canceled (statement_timeout)
]);
const BUSY_MESSAGES = [
  /timeout exceeded when trying to connect/i, // pg-pool: no connection within connectionTimeoutMillis
  /unable to start a transaction in the given time/i,
  /transaction already closed.*timeout/i,
  /too many (clients|connections)/i,
];

export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, cause, originalCode } = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof code === 'string' && (BUSY_PRISMA_CODES.has(code) || BUSY_SQLSTATES.has(code))) return true;
    if (typeof originalCode === 'string' && BUSY_SQLSTATES.has(originalCode)) return true;
    if (typeof message === 'string' && BUSY_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = cause;
  }
  return false;
}

/** How long a client told "busy" waits before trying again. */
export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 2;
