import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection, type Document, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { logger } from '../logger';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { articleIdOfDocument, documentNameOf, writeContentIntoDoc } from './collab-layout';
import type { CollabAccess } from './collab-access';
import { accessMessage, refusedMessage, storedMessage } from './collab-messages';
import { loadArticleDoc, readArticleContent, storeArticleDoc } from './collab-persistence';
import { readCollabAccess } from './read-collab-access';
import { readCollabState } from './collab-state';
import { createUpdateGate } from './update-gate';

/**
 * What every connection carries: the staff member its upgrade request was signed in as, and the access
 * decided when it opened each document (sent once it is connected).
 */
export type CollabContext = { actor: Actor; granted: Map<string, CollabAccess> };

/** Typing is stored (and the article derived) at most this long after it reached the server. */
export const STORE_DELAY_MS = 1_000;
/** The largest message a client may send; a pasted book is refused by the body's size check long before. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** y-protocols' sync message types that carry a document update (SyncStep2, Update). */
const UPDATE_MESSAGE_TYPES = new Set([1, 2]);

export type CollabServer = ReturnType<typeof createCollabServer>;

/**
 * The co-editing server (Hocuspocus) for the app's own HTTP server: upgrades arrive through
 * `handleUpgrade`, already authenticated from the staff session. It decides read-only or read-write per
 * connection from the workflow rules, validates every update on a copy before applying it (a client
 * sending what the body validator refuses is told why and disconnected), stores the document and derives
 * the article through THE save at most STORE_DELAY_MS after a change, remembering who typed.
 */
export function createCollabServer({
  db,
  revalidate,
  authenticate,
  extensions = [],
}: {
  db: Db;
  revalidate: RevalidatePublicPages;
  /** The actor an upgrade request is signed in as, or null (then the upgrade is refused). */
  authenticate: (request: IncomingMessage) => Promise<Actor | null>;
  extensions?: Extension[];
}) {
  const log = logger.child({ module: 'collab' });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** Per document: who typed since its last store (in the order they last typed), and the store under way. */
  const gate = createUpdateGate();
  const pending = new Map<string, { writers: Map<string, Actor>; chain: Promise<unknown> }>();
  /** Per document: which connection (socket) each Yjs client id in its awareness speaks for. */
  const awarenessClaims = new Map<string, Map<number, string>>();

  const hocuspocus = new Hocuspocus<CollabContext>({
    name: 'masthead',
    quiet: true,
    extensions: [
      {
        // Before the Redis extension's store lock (priority 1000), which would skip this instance's store
        // while another instance stores: its typists must still be recorded, and concurrent stores are
        // safe (each is a save checking the article's version under its row lock).
        priority: 2000,
        onStoreDocument: ({ documentName }) => storeNow(documentName),
      },
      ...extensions,
    ],

    afterUnloadDocument({ documentName }) {
      pending.delete(documentName);
      awarenessClaims.delete(documentName);
      return Promise.resolve();
    },

    beforeUnloadDocument({ document }) {
      gate.forget(document);
      return Promise.resolve();
    },
    // A change is stored at most STORE_DELAY_MS after it arrived, however long the typing goes on.
    debounce: STORE_DELAY_MS / 2,
    maxDebounce: STORE_DELAY_MS,

    async onAuthenticate({ context, documentName, connectionConfig }) {
      const articleId = articleIdOfDocument(documentName);
      const access = articleId ? await readCollabAccess(db, { actor: context.actor, articleId }) : null;
      if (!access) throw new Error('This article does not exist, or you cannot see it.');
      connectionConfig.readOnly = access.mode === 'read-only';
      context.granted.set(documentName, access);
    },

    connected({ connection, documentName, context }) {
      const access = context.granted.get(documentName);
      if (access) applyAccess(connection, access, true);
      return Promise.resolve();
    },

    async onLoadDocument({ document, documentName }) {
      await loadArticleDoc(db, { articleId: articleIdOfDocument(documentName)!, doc: document });
    },

    beforeSync({ connection, document, type, payload }) {
      if (!UPDATE_MESSAGE_TYPES.has(type) || connection.readOnly) return Promise.resolve();
      const problem = gate.problemAfter(document, payload);
      if (!problem) return Promise.resolve();
      log.warn({ documentName: document.name, userId: connection.context.actor.id, problem }, 'co-editing update refused');
      connection.sendStateless(refusedMessage(problem));
      return Promise.reject(Object.assign(new Error(problem), { code: 4400, reason: 'Refused: invalid content' }));
    },

    // Carets are labelled with the name in each client's awareness state, which the client writes: the
    // server puts the signed-in person's own id and name there, and a Yjs client id speaks for the
    // connection that first used it while that connection lasts, so nobody can type under another's name
    // or rewrite or remove another's caret.
    beforeHandleAwareness({ connection, documentName, socketId, states }) {
      if (!connection) return Promise.resolve();
      const { actor } = connection.context;
      const claims = awarenessClaims.get(documentName) ?? new Map<number, string>();
      awarenessClaims.set(documentName, claims);
      for (const [clientId, state] of states) {
        const claimedBy = claims.get(clientId) ?? socketId;
        claims.set(clientId, claimedBy);
        if (claimedBy !== socketId) states.delete(clientId);
        else if (state && typeof state === 'object') state.user = { ...(state.user as object | undefined), id: actor.id, name: actor.name };
      }
      return Promise.resolve();
    },

    onDisconnect({ documentName, socketId }) {
      const claims = awarenessClaims.get(documentName);
      for (const [clientId, claimedBy] of claims ?? []) if (claimedBy === socketId) claims!.delete(clientId);
      return Promise.resolve();
    },

    onChange({ connection, documentName }) {
      if (!connection) return Promise.resolve();
      const entry = entryFor(documentName);
      const { actor } = connection.context;
      entry.writers.delete(actor.id);
      entry.writers.set(actor.id, actor);
      return Promise.resolve();
    },
  });

  function entryFor(documentName: string) {
    let entry = pending.get(documentName);
    if (!entry) {
      entry = { writers: new Map(), chain: Promise.resolve() };
      pending.set(documentName, entry);
    }
    return entry;
  }

  /** Stores the document now (after any store under way), if it has changes or typists pending. */
  function storeNow(documentName: string): Promise<unknown> {
    const entry = entryFor(documentName);
    entry.chain = entry.chain.then(async () => {
      const document = hocuspocus.documents.get(documentName);
      if (!document) return;
      const writers = [...entry.writers.values()];
      entry.writers.clear();
      try {
        const { version, storedDoc } = await storeArticleDoc(db, { articleId: articleIdOfDocument(documentName)!, doc: document, writers, revalidate });
        document.broadcastStateless(storedMessage(version, storedDoc));
      } catch (error) {
        log.error({ err: error, documentName }, 'co-editing store failed');
      }
    });
    return entry.chain;
  }

  function applyAccess(connection: Connection<CollabContext>, access: CollabAccess, always = false) {
    const readOnly = access.mode === 'read-only';
    if (!always && connection.readOnly === readOnly) return;
    connection.readOnly = readOnly;
    connection.sendStateless(accessMessage(access));
  }

  /** Access of every connection to the article on this instance, read again from the database. */
  async function refreshAccess(document: Document) {
    const articleId = articleIdOfDocument(document.name)!;
    for (const connection of document.getConnections() as Connection<CollabContext>[]) {
      const access = await readCollabAccess(db, { actor: connection.context.actor, articleId });
      if (access) applyAccess(connection, access);
      else connection.close({ code: 4403, reason: 'Forbidden' });
    }
  }

  return {
    hocuspocus,

    /** Takes over an HTTP upgrade to the co-editing path: signed-in staff get a connection, others a 401. */
    handleUpgrade: async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
      const actor = await authenticate(request).catch((error: unknown) => {
        log.error({ err: error }, 'co-editing authentication failed');
        return null;
      });
      if (!actor) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, socket, head, (websocket) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
        const connection = hocuspocus.handleConnection(websocket, new Request(`http://localhost${request.url ?? '/'}`, { headers }), { actor, granted: new Map() });
        websocket.on('message', (data: RawData) => connection.handleMessage(toBytes(data)));
        websocket.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
        websocket.on('error', (error) => log.warn({ err: error }, 'co-editing socket error'));
      });
    },

    /** Stores the article's live document on this instance now, so a workflow step checks the latest text. */
    flush: async (articleId: string): Promise<void> => {
      const documentName = documentNameOf(articleId);
      if (hocuspocus.documents.has(documentName)) await storeNow(documentName);
    },

    /**
     * The article changed outside co-editing (a fallback save, a restore, a workflow step): its content
     * goes into the shared document as an ordinary edit everyone sees, every connection's access is read
     * again, and everyone learns the new version. Nothing to do for an article never co-edited.
     */
    articleChanged: async (articleId: string): Promise<void> => {
      const documentName = documentNameOf(articleId);
      if (!hocuspocus.documents.has(documentName) && !(await readCollabState(db, articleId))) return;
      const article = await readArticleContent(db, articleId);
      if (!article) return;
      const direct = await hocuspocus.openDirectConnection(documentName, undefined);
      try {
        await direct.transact((doc) => writeContentIntoDoc(doc, article.content));
        const document = hocuspocus.documents.get(documentName);
        if (document) {
          await refreshAccess(document);
          document.broadcastStateless(storedMessage(article.version, document));
        }
      } finally {
        await direct.disconnect();
      }
    },

    /** Access of this instance's connections to the article, read again (another instance changed its state). */
    refreshAccess: async (articleId: string): Promise<void> => {
      const document = hocuspocus.documents.get(documentNameOf(articleId));
      if (document) await refreshAccess(document);
    },

    /** Stores every open document and closes every connection (the server is stopping). */
    close: async (): Promise<void> => {
      await Promise.all([...hocuspocus.documents.keys()].map((name) => storeNow(name)));
      hocuspocus.closeConnections();
      wss.close();
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
