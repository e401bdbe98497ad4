/**
 * How long a session lives and how often its "last seen" is written. Shared by next-auth (the cookie's
 * lifetime), the actor (which refuses a session idle for longer) and the desk's list of sessions.
 */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** "Last seen" is refreshed at most this often, so a busy desk does not write a row on every request. */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

export type SessionMethod = 'password' | 'sso';

/** A session idle for longer than the cookie could live is over, even if nobody ended it. */
export function idleCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000);
}
