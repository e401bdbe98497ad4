import { env } from '../env';
import { createAdmissionGate, type AdmissionGate } from './admission-gate';

const globalForGate = globalThis as unknown as { mastheadDeskWrites?: AdmissionGate };

/**
 * The process's gate for desk writes (trpc.ts, deskWriteProcedure). DESK_WRITE_CONCURRENCY writes run at
 * once, fewer than the pool's DATABASE_POOL_SIZE connections, so readers and the scheduler always find one.
 */
export function deskWriteGate(): AdmissionGate {
  const { DESK_WRITE_CONCURRENCY, DATABASE_POOL_SIZE } = env();
  globalForGate.mastheadDeskWrites ??= createAdmissionGate({
    concurrency: Math.max(1, Math.min(DESK_WRITE_CONCURRENCY, DATABASE_POOL_SIZE - 2)),
    maxWaiting: 200,
    maxWaitMs: 3_000,
    retryAfterSeconds: 2,
  });
  return globalForGate.mastheadDeskWrites;
}
