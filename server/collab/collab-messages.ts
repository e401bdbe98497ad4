import * as Y from 'yjs';
import type { CollabAccess } from './collab-access';

/**
 * The stateless messages the server sends (JSON strings, the co-editing contract): a connection's access
 * (on connect and whenever it changes), the article's version after a store (workflow steps name it) with
 * the state vector of the document that store held (base64), so a browser knows whether its own typing
 * is in that version, and why an update was refused (just before the connection is closed).
 */
export type CollabServerMessage =
  | ({ type: 'access' } & CollabAccess)
  | { type: 'stored'; version: number; stateVector: string }
  | { type: 'refused'; reason: string };

export const accessMessage = (access: CollabAccess): string => JSON.stringify({ type: 'access', ...access } satisfies CollabServerMessage);
export const storedMessage = (version: number, storedDoc: Y.Doc): string =>
  JSON.stringify({ type: 'stored', version, stateVector: Buffer.from(Y.encodeStateVector(storedDoc)).toString('base64') } satisfies CollabServerMessage);
export const refusedMessage = (reason: string): string => JSON.stringify({ type: 'refused', reason } satisfies CollabServerMessage);
