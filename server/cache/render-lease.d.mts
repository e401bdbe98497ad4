// Types of render-lease.mjs (plain JavaScript, loaded by the cache handler at run time).
export const RENDER_LEASE_MS: number;
export const RENDER_WAIT_MS: number;

type LeaseClient = {
  set(key: string, value: string, options: { condition: 'NX'; expiration: { type: 'PX'; value: number } }): Promise<string | null>;
  del(key: string): Promise<number>;
};

export function renderLeases(options: { client: LeaseClient; keyPrefix: string; leaseMs?: number; waitMs?: number; pollMs?: number }): {
  awaitOrTake<T>(key: string, read: () => Promise<T | null>): Promise<T | null>;
  release(key: string): Promise<void>;
};
