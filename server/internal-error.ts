import { randomBytes } from 'node:crypto';
import { logger } from './logger';

export type ReportedError = { errorId: string; message: string };

/**
 * An unexpected failure (a database that cannot be reached, a driver or ORM error, a bug). Its details
 * name tables, queries, hosts and ports: they go to the log only, under a short id, and the client gets a
 * plain sentence with that id, which an admin can find in the log.
 */
export function reportInternalError(error: unknown, context: Record<string, unknown> = {}): ReportedError {
  const errorId = randomBytes(6).toString('hex');
  logger.error({ err: error, errorId, ...context }, 'internal error');
  return {
    errorId,
    message: `Something went wrong on our side. Please try again; if it keeps happening, give your administrator this error id: ${errorId}.`,
  };
}
