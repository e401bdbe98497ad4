/**
 * The domain's one error type. Domain code throws it; server/api/trpc.ts maps `code` to a TRPCError
 * code in one place. `details` carries structured facts the UI shows (e.g. every missing precondition).
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  /** Overloaded for a moment (server/http/admission-gate.ts, server/db/database-busy.ts): retry after the wait. */
  | 'SERVICE_UNAVAILABLE';

export type AppErrorDetails = {
  /** Human-readable items that are missing or wrong, e.g. "a section", "alt text for the lead image". */
  problems?: string[];
  /** For CONFLICT: who changed the record last, and when. */
  changedBy?: string | null;
  changedAt?: string;
  currentVersion?: number;
  /** For TOO_MANY_REQUESTS: how long until another attempt is counted; for SERVICE_UNAVAILABLE, until a retry. */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
