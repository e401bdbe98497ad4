import type { Db } from '../db/client';
import { AppError } from '../errors';
import { reportInternalError } from '../internal-error';
import type { RateLimits } from './rate-limits';
import { signIn } from './sign-in';

/**
 * next-auth's authorize(): the user next-auth puts in the session, or an Error whose message next-auth
 * hands to the sign-in page as `?error=…`, where the page shows it. The checks are signIn's (password,
 * second factor, rate limits by account and by `ip`). Only our own sentences travel that way: an
 * unexpected failure (e.g. the database cannot be reached) is logged with an error id, and the page gets
 * a plain sentence with the id, never the driver's message with its host and port. The session row is
 * started afterwards, in the jwt callback (server/auth/session-claims.ts).
 */
export async function authorizeCredentials({
  db,
  limits,
  credentials,
  ip,
}: {
  db: Db;
  limits: RateLimits;
  credentials: unknown;
  ip: string | null;
}): Promise<{ id: string }> {
  try {
    const { userId } = await signIn({ db, limits, input: credentials, ip });
    return { id: userId };
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.message);
    throw new Error(reportInternalError(error, { during: 'sign-in' }).message);
  }
}
