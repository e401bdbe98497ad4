import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { reportInternalError } from '../internal-error';
import { authenticate } from './authenticate';

/**
 * next-auth's authorize(): the user next-auth puts in the session, or an Error whose message next-auth
 * hands to the sign-in page as `?error=…`, where the page shows it. Only our own sentences travel that
 * way: an unexpected failure (e.g. the database cannot be reached) is logged with an error id, and the
 * page gets a plain sentence with the id, never the driver's message with its host and port.
 */
export async function authorizeCredentials(db: DbOrTx, credentials: unknown): Promise<{ id: string }> {
  try {
    const { userId } = await authenticate(db, credentials);
    return { id: userId };
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.message);
    throw new Error(reportInternalError(error, { during: 'sign-in' }).message);
  }
}
