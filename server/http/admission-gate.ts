import { AppError } from '../errors';

/**
 * A per-process limit on how many database-heavy desk writes run at once, with a short, bounded queue.
 * Past it, a write is answered SERVICE_UNAVAILABLE with a Retry-After at once (or once it has waited
 * `maxWaitMs`), instead of queueing for a pool connection until a transaction times out as a 500. Kept
 * below the connection pool's size, it also leaves connections free for readers and the scheduler, so
 * their work never fails because editors are busy.
 */
export type AdmissionGate = {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Writes running now, and waiting for a turn (for tests and metrics). */
  readonly running: number;
  readonly waiting: number;
};

export type AdmissionLimits = {
  /** Writes running at once. */
  concurrency: number;
  /** Writes allowed to wait for a turn; the next one is shed at once. */
  maxWaiting: number;
  /** How long a write waits for a turn before it is shed. */
  maxWaitMs: number;
  /** What the shed write is told (Retry-After, seconds). */
  retryAfterSeconds: number;
};

export const BUSY_MESSAGE = 'The newsroom is very busy right now: your edit is kept and will be saved in a moment.';

export function busyError(retryAfterSeconds: number): AppError {
  return new AppError('SERVICE_UNAVAILABLE', BUSY_MESSAGE, { retryAfterSeconds });
}

export function createAdmissionGate(limits: AdmissionLimits): AdmissionGate {
  let running = 0;
  const queue: { admit: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  const release = () => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(); // the slot passes straight to the next writer: `running` stays as it is
    } else running--;
  };

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < limits.concurrency) {
        running++;
        resolve();
        return;
      }
      if (queue.length >= limits.maxWaiting) {
        reject(busyError(limits.retryAfterSeconds));
        return;
      }
      const entry = {
        admit: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1);
          reject(busyError(limits.retryAfterSeconds));
        }, limits.maxWaitMs),
      };
      queue.push(entry);
    });

  return {
    async run(work) {
      await turn();
      try {
        return await work();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
