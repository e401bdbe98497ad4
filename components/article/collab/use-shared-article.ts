'use client';

import { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { parseServerMessage, type Access } from './server-messages';
import { fieldsMap } from './shared-fields';
import { colourFor } from './user-colour';

/**
 * Where the shared document stands, as the screen shows it:
 * - connecting: first contact with the server not made yet;
 * - live: connected, typing is shared and stored;
 * - offline: was live (or the browser is offline); typing is kept in this browser and merges on reconnect;
 * - unavailable: the WebSocket never opened although the page itself loaded (a proxy that blocks it): the
 *   screen falls back to saving through the ordinary requests.
 */
export type Connection = 'connecting' | 'live' | 'offline' | 'unavailable';

export type SharedArticle = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: { id: string; name: string; color: string };
  connection: Connection;
  /** What the server last said this person may do; null until it has said anything. */
  access: Access | null;
  /** The article's version after the server last stored the document (workflow steps name it). */
  storedVersion: number | null;
  /** When that store was announced (shown as "Saved 08:52"). */
  storedAt: Date | null;
  /** The server refused this browser's content and disconnected it; the reason is shown. */
  refused: string | null;
  /** There is a document to show: the server's, or this browser's copy of it (offline). */
  ready: boolean;
  /** Typed here and not yet stored by the server (workflow steps wait for it). */
  unstored: boolean;
};

/** Failed first attempts before the screen gives up on the WebSocket and falls back. */
const ATTEMPTS_BEFORE_FALLBACK = 3;
/** Or this long without a first connection, whatever the attempts. */
const FALLBACK_AFTER_MS = 10_000;
/**
 * A change typed while live and not announced as stored after this long changed nothing the server stores
 * (it stores within a second of a change that matters): it no longer holds the workflow buttons.
 */
const SETTLED_AFTER_MS = 5_000;

export const documentName = (articleId: string) => `article:${articleId}`;

function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/api/collab`;
}

/**
 * The article's shared Y.Doc: kept in IndexedDB (so edits survive a reload, offline too) and synced with
 * the server through Hocuspocus. The session cookie authenticates the WebSocket; the token is a dummy
 * because Hocuspocus only runs its authentication hook when one is sent.
 */
export function useSharedArticle(articleId: string, me: { id: string; name: string }): SharedArticle | null {
  const [shared, setShared] = useState<SharedArticle | null>(null);
  const { id: myId, name: myName } = me;

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`masthead:${documentName(articleId)}`, doc);
    const user = { id: myId, name: myName, color: colourFor(myId) };
    let everLive = false;
    let heldHere = false;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let failedAttempts = 0;
    let state: Omit<SharedArticle, 'doc' | 'provider' | 'user'> = {
      connection: navigator.onLine ? 'connecting' : 'offline',
      access: null,
      storedVersion: null,
      storedAt: null,
      refused: null,
      ready: false,
      unstored: false,
    };
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName(articleId),
      document: doc,
      token: 'session',
    });
    const publish = (change: Partial<typeof state>) => {
      state = { ...state, ...change };
      setShared({ doc, provider, user, ...state });
    };
    const giveUp = () => {
      // Never once this browser holds edits: someone typed here, or it kept the document from an earlier
      // visit (perhaps typed offline). Those would be hidden by the older path; they wait for the server.
      if (everLive || heldHere || !navigator.onLine || state.unstored || state.connection === 'unavailable') return;
      provider.destroy();
      publish({ connection: 'unavailable' });
    };

    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') {
        everLive = true;
        publish({ connection: 'live', refused: null });
      } else if (status === 'disconnected') {
        if (!everLive && ++failedAttempts >= ATTEMPTS_BEFORE_FALLBACK) giveUp();
        else if (everLive || !navigator.onLine) publish({ connection: 'offline' });
      }
    });
    provider.on('synced', () => publish({ ready: true }));
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = parseServerMessage(payload);
      if (message?.type === 'access') publish({ access: { mode: message.mode, reason: message.reason } });
      if (message?.type === 'stored') {
        // The store holds our typing exactly when its document had every change this browser made.
        publish({ storedVersion: message.version, storedAt: new Date(), unstored: state.unstored && !holdsOurTyping(doc, message.stateVector) });
      }
      if (message?.type === 'refused') publish({ refused: message.reason });
    });
    provider.setAwarenessField('user', user);
    // This browser's own copy: enough to show and edit while the server is out of reach.
    void local.whenSynced.then(() => {
      heldHere = doc.getXmlFragment('body').length > 0 || fieldsMap(doc).size > 0;
      if (heldHere) publish({ ready: true });
    });
    const settle = () => {
      if (state.connection === 'live') publish({ unstored: false });
      else settleTimer = setTimeout(settle, SETTLED_AFTER_MS);
    };
    const onLocalUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (!transaction.local) return;
      if (!state.unstored) publish({ unstored: true });
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settle, SETTLED_AFTER_MS);
    };
    doc.on('update', onLocalUpdate);
    // The browser knows when the network is gone: stop trying until it is back, then reconnect at once
    // (rather than at the next back-off attempt), so offline typing merges as soon as it can.
    const onOffline = () => {
      provider.disconnect();
      publish({ connection: 'offline' });
    };
    const onOnline = () => void provider.connect();
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    const fallbackTimer = setTimeout(giveUp, FALLBACK_AFTER_MS);
    publish({});

    return () => {
      clearTimeout(fallbackTimer);
      clearTimeout(settleTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      doc.off('update', onLocalUpdate);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [articleId, myId, myName]);

  return shared;
}

/** Whether a stored document (its state vector, base64) had every change this browser's document made. */
function holdsOurTyping(doc: Y.Doc, storedStateVector: string): boolean {
  const stored = Y.decodeStateVector(Uint8Array.from(atob(storedStateVector), (char) => char.charCodeAt(0)));
  const ours = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
  return (stored.get(doc.clientID) ?? 0) >= ours;
}
