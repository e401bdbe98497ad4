import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, OFFLINE_RETRY_MS, saveFailure } from './save-retry';

/** A failed save as the tRPC client reports it: the error body's data, and the HTTP response. */
function failed({ code, details = null, retryAfter = null, status = 503 }: { code: string; details?: object | null; retryAfter?: string | null; status?: number }) {
  const headers = new Headers(retryAfter === null ? {} : { 'Retry-After': retryAfter });
  return TRPCClientError.from(
    { error: { message: 'x', code: -32603, data: { code, httpStatus: status, details, fieldErrors: null, errorId: null } } },
    { meta: { response: new Response(null, { status, headers }) } },
  );
}
const noJitter = () => 0;

describe('what autosave does after a failed save', () => {
  it('busy (503): waits the server’s Retry-After from the error details, then retries', () => {
    expect(saveFailure(failed({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 2 } }), noJitter)).toEqual({ kind: 'retry', reason: 'busy', afterMs: 2000 });
  });

  it('busy with only the Retry-After header (a proxy, or a body without details): the header decides', () => {
    expect(saveFailure(failed({ code: 'SERVICE_UNAVAILABLE', retryAfter: '7' }), noJitter)).toEqual({ kind: 'retry', reason: 'busy', afterMs: 7000 });
    expect(saveFailure(failed({ code: 'TOO_MANY_REQUESTS', retryAfter: '1', status: 429 }), noJitter)).toEqual({ kind: 'retry', reason: 'busy', afterMs: 1000 });
  });

  it('spreads retries a little, and never waits so long the editor is locked out, nor spins', () => {
    const spread = saveFailure(failed({ code: 'SERVICE_UNAVAILABLE', retryAfter: '2' }), () => 1);
    expect(spread).toEqual({ kind: 'retry', reason: 'busy', afterMs: 2500 });
    expect(saveFailure(failed({ code: 'SERVICE_UNAVAILABLE', retryAfter: '3600' }), noJitter)).toMatchObject({ afterMs: MAX_RETRY_MS });
    expect(saveFailure(failed({ code: 'SERVICE_UNAVAILABLE', retryAfter: '0' }), noJitter)).toMatchObject({ afterMs: 500 });
  });

  it('busy without any wait named: the usual retry interval', () => {
    expect(saveFailure(failed({ code: 'SERVICE_UNAVAILABLE' }), noJitter)).toEqual({ kind: 'retry', reason: 'busy', afterMs: OFFLINE_RETRY_MS });
  });

  it('unreachable or an unexpected server error: retried as offline', () => {
    expect(saveFailure(new TypeError('Failed to fetch'))).toEqual({ kind: 'retry', reason: 'offline', afterMs: OFFLINE_RETRY_MS });
    expect(saveFailure(failed({ code: 'INTERNAL_SERVER_ERROR', status: 500 }))).toEqual({ kind: 'retry', reason: 'offline', afterMs: OFFLINE_RETRY_MS });
  });

  it('a conflict stops autosave for the user to choose; a refused body is shown, not retried', () => {
    expect(saveFailure(failed({ code: 'CONFLICT', status: 409, details: { currentVersion: 4 } }))).toMatchObject({ kind: 'conflict', error: { currentVersion: 4 } });
    expect(saveFailure(failed({ code: 'BAD_REQUEST', status: 400, details: { problems: ['Bad link'] } }))).toMatchObject({ kind: 'invalid', error: { problems: ['Bad link'] } });
  });
});
