import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Extension } from '@hocuspocus/server';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { SessionClaims } from '../server/auth/actor';
import { installCollabHub } from '../server/collab/collab-hub';
import { documentNameOf } from '../server/collab/collab-layout';
import type { CollabServerMessage } from '../server/collab/collab-messages';
import { createCollabServer } from '../server/collab/collab-server';
import { actorOfUpgrade } from '../server/collab/upgrade-actor';
import type { Db } from '../server/db/client';

/** The secret test session cookies are signed with (next-auth's getToken reads NEXTAUTH_SECRET). */
process.env.NEXTAUTH_SECRET ??= 'collab-test-secret-0123456789abcdef';

/** The staff session cookie next-auth would set for these claims. */
export async function sessionCookie(claims: SessionClaims): Promise<string> {
  const token = await encode({ token: { uid: claims.userId, sid: claims.sessionId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/**
 * The co-editing server on a plain HTTP server of its own (the app's upgrade path without Next), installed
 * as this process's hub so tRPC procedures called in the test reach it, as they do in the app.
 */
export async function startCollabServer(db: Db, { extensions = [] }: { extensions?: Extension[] } = {}) {
  const collab = createCollabServer({ db, revalidate: async () => {}, authenticate: (request) => actorOfUpgrade(db, request), extensions });
  installCollabHub({ ...collab, announceChange: (articleId) => collab.refreshAccess(articleId) });
  const http: Server = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => void collab.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/api/collab`;
  return {
    collab,
    url,
    async stop() {
      await collab.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** A WebSocket class sending the given cookie, as a browser does on the upgrade request. */
export function webSocketWithCookie(cookie: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

export type CollabClient = Awaited<ReturnType<typeof connectClient>>;

/** A desk editor's provider on an article's shared document, in Node, with every stateless message kept. */
export async function connectClient(url: string, { cookie, articleId }: { cookie: string; articleId: string }) {
  const messages: CollabServerMessage[] = [];
  const closes: { code: number; reason: string }[] = [];
  const refusals: string[] = [];
  const websocket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: webSocketWithCookie(cookie), maxAttempts: 1 });
  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: documentNameOf(articleId),
    token: 'session',
    document: new Y.Doc(),
    onStateless: ({ payload }) => messages.push(JSON.parse(payload) as CollabServerMessage),
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
  });
  provider.attach();
  // Connected: synced and told its access; or refused.
  await waitFor(
    () => (provider.synced && messages.some((message) => message.type === 'access')) || closes.length > 0 || refusals.length > 0,
    'the provider to sync or be refused',
  );
  return {
    provider,
    doc: provider.document,
    messages,
    closes,
    /** Authentication refusals (no access to the article). */
    refusals,
    /** The last `access` message. */
    access: () => messages.findLast((message) => message.type === 'access'),
    stop() {
      provider.destroy();
      websocket.destroy();
    },
  };
}

/** Polls `condition` (every 20 ms) until it holds or `timeoutMs` passes. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
