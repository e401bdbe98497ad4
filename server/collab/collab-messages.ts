import type { CollabAccess } from './collab-access';

/**
 * The stateless messages the server sends (JSON strings, the co-editing contract): a connection's access
 * (on connect and whenever it changes), the article's version after a store (workflow steps name it), and
 * why an update was refused (just before the connection is closed).
 */
export type CollabServerMessage =
  | ({ type: 'access' } & CollabAccess)
  | { type: 'stored'; version: number }
  | { type: 'refused'; reason: string };

export const accessMessage = (access: CollabAccess): string => JSON.stringify({ type: 'access', ...access } satisfies CollabServerMessage);
export const storedMessage = (version: number): string => JSON.stringify({ type: 'stored', version } satisfies CollabServerMessage);
export const refusedMessage = (reason: string): string => JSON.stringify({ type: 'refused', reason } satisfies CollabServerMessage);
