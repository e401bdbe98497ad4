import { TRPCClientError } from '@trpc/client';
import { describeError, type DescribedError } from '@/components/desk/error-message';

/** While the server is unreachable, try again this often. */
export const OFFLINE_RETRY_MS = 3000;
/** A Retry-After is honoured within these bounds: never a busy loop, never an editor locked out for minutes. */
export const MIN_RETRY_MS = 500;
export const MAX_RETRY_MS = 30_000;

/**
 * What autosave does after a failed save. `retry`: keep the edit (it is in the browser's local draft) and
 * send it again after `afterMs`: the server's Retry-After when it said it is busy (503, or 429), else
 * OFFLINE_RETRY_MS for a network failure or an unexpected server error. `conflict`: someone else saved;
 * stop until the user chooses. `invalid`: the server refused the content; show why.
 */
export type SaveFailure =
  | { kind: 'retry'; afterMs: number; reason: 'busy' | 'offline' }
  | { kind: 'conflict'; error: DescribedError }
  | { kind: 'invalid'; error: DescribedError };

export function saveFailure(error: unknown, random: () => number = Math.random): SaveFailure {
  const described = describeError(error);
  if (described.code === 'CONFLICT') return { kind: 'conflict', error: described };
  const retryAfterMs = retryAfterOf(error);
  if (described.code === 'SERVICE_UNAVAILABLE' || described.code === 'TOO_MANY_REQUESTS' || retryAfterMs !== null) {
    // A little spread, so editors turned away together do not all come back in the same instant.
    const wait = (retryAfterMs ?? OFFLINE_RETRY_MS) * (1 + 0.25 * random());
    return { kind: 'retry', reason: 'busy', afterMs: Math.round(Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, wait))) };
  }
  if (described.code === null || described.code === 'INTERNAL_SERVER_ERROR') return { kind: 'retry', reason: 'offline', afterMs: OFFLINE_RETRY_MS };
  return { kind: 'invalid', error: described };
}

/** The server's wait in ms: from the error's details, else the response's Retry-After header (seconds). */
function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { details?: { retryAfterSeconds?: unknown } | null } | undefined;
  const fromDetails = data?.details?.retryAfterSeconds;
  if (typeof fromDetails === 'number' && fromDetails >= 0) return fromDetails * 1000;
  const meta = error.meta as { response?: { headers?: { get(name: string): string | null } } } | undefined;
  const header = meta?.response?.headers?.get('Retry-After');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}
