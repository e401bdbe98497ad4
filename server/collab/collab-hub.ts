import type { CollabServer } from './collab-server';

/**
 * The process's co-editing server, where the HTTP server's upgrade hook (scripts/lib/server-preload.cjs)
 * and the tRPC procedures find it. A global slot, not a module variable: Next.js bundles instrumentation
 * and route handlers apart, each with its own copy of this module.
 */
const SLOT = Symbol.for('masthead.collab');

/** What the rest of the app needs from the co-editing server (tRPC: fallback saves, restores, steps). */
export type CollabHub = Pick<CollabServer, 'flush' | 'articleChanged'> & {
  /** Tells every instance to read the article's access again (REDIS_URL set); this one included. */
  announceChange(articleId: string): Promise<void>;
};

type Slot = { [SLOT]?: CollabHub & Pick<CollabServer, 'handleUpgrade'> };

export function installCollabHub(hub: CollabHub & Pick<CollabServer, 'handleUpgrade'>): void {
  (globalThis as Slot)[SLOT] = hub;
}

/** This process's co-editing server, or null where none runs (scripts, tests calling procedures directly). */
export function collabHub(): CollabHub | null {
  return (globalThis as Slot)[SLOT] ?? null;
}
