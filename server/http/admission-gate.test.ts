import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { createAdmissionGate } from './admission-gate';

/** Work that finishes when the test says so. */
function pending() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('admission gate for desk writes', () => {
  it('runs up to its limit at once, queues the next, and passes each freed slot on in order', async () => {
    const gate = createAdmissionGate({ concurrency: 2, maxWaiting: 5, maxWaitMs: 60_000, retryAfterSeconds: 1 });
    const jobs = [pending(), pending(), pending()];
    const order: number[] = [];
    const runs = jobs.map((job, index) => gate.run(async () => { await job.work(); order.push(index); }));
    expect([gate.running, gate.waiting]).toEqual([2, 1]);
    jobs[1]!.finish();
    await runs[1];
    expect([gate.running, gate.waiting]).toEqual([2, 0]);
    jobs[0]!.finish();
    jobs[2]!.finish();
    await Promise.all(runs);
    expect(order).toEqual([1, 0, 2]);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('a full queue sheds at once with SERVICE_UNAVAILABLE and the wait to retry after', async () => {
    const gate = createAdmissionGate({ concurrency: 1, maxWaiting: 1, maxWaitMs: 60_000, retryAfterSeconds: 3 });
    const job = pending();
    const running = gate.run(job.work);
    const queued = gate.run(() => Promise.resolve('queued ran'));
    const shed = await refusal(gate.run(() => Promise.resolve('never')));
    expect(shed).toBeInstanceOf(AppError);
    expect(shed).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 3 } });
    job.finish();
    await running;
    expect(await queued).toBe('queued ran');
  });

  it('a write that waits past maxWaitMs is shed, and its slot in the queue is freed', async () => {
    const gate = createAdmissionGate({ concurrency: 1, maxWaiting: 5, maxWaitMs: 10, retryAfterSeconds: 1 });
    const job = pending();
    const running = gate.run(job.work);
    expect(await refusal(gate.run(() => Promise.resolve()))).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(gate.waiting).toBe(0);
    job.finish();
    await running;
    expect(gate.running).toBe(0);
  });

  it('a failing write frees its slot', async () => {
    const gate = createAdmissionGate({ concurrency: 1, maxWaiting: 0, maxWaitMs: 0, retryAfterSeconds: 1 });
    expect(await refusal(gate.run(() => Promise.reject(new Error('boom'))))).toMatchObject({ message: 'boom' });
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });
});
