// One render of a public page for every instance sharing the Redis cache (cache-handler.mjs). Plain
// JavaScript: loaded by the cache handler at run time, outside the TypeScript build.
//
// Next already renders a missing page once per process however many readers ask for it at once, but two
// instances missing the same page render it twice: when 1,000 scheduled articles go live, readers and the
// warmer ask both instances for the same new pages at about the same moment, and every page cost two
// renders (30 ms of CPU each). Here the instance that misses first takes a short lease on the page; the
// other waits for the page it stores, and renders it itself only if that does not come in time.
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a lease holds if its render never stores a page (an error, a crash): then another may render. */
export const RENDER_LEASE_MS = 10_000;
/** How long an instance waits for another's render before rendering the page itself. */
export const RENDER_WAIT_MS = 3_000;
const POLL_MS = 25;

/**
 * `awaitOrTake(key, read)`: after a cache miss on `key`, null when this instance is to render it (it holds
 * the lease), or the page another instance rendered meanwhile (`read` asks the cache again). `release(key)`:
 * the page was stored (or this instance is done with it): the next miss may render at once.
 */
export function renderLeases({ client, keyPrefix, leaseMs = RENDER_LEASE_MS, waitMs = RENDER_WAIT_MS, pollMs = POLL_MS }) {
  const leaseKey = (key) => `${keyPrefix}__rendering__:${key}`;
  return {
    async awaitOrTake(key, read) {
      const giveUpAt = Date.now() + waitMs;
      do {
        const taken = await client.set(leaseKey(key), String(process.pid), { condition: 'NX', expiration: { type: 'PX', value: leaseMs } });
        if (taken === 'OK') return null;
        await sleep(pollMs);
        const page = await read();
        if (page) return page;
      } while (Date.now() < giveUpAt);
      return null;
    },
    async release(key) {
      await client.del(leaseKey(key));
    },
  };
}
