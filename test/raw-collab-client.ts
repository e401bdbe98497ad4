import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/**
 * A hand-written client of the Hocuspocus protocol, no provider: it authenticates with a cookie and sends
 * whatever update it is given, as a hostile script would, and records every stateless message and the close.
 */
export async function rawCollabClient(url: string, { cookie, documentName }: { cookie: string; documentName: string }) {
  const socket = new WebSocket(url, { headers: { cookie } });
  const stateless: string[] = [];
  let closed: { code: number; reason: string } | null = null;
  let authenticated = false;
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH && decoding.readVarUint(decoder) === AUTH_AUTHENTICATED) authenticated = true;
    if (type === MESSAGE_STATELESS) stateless.push(decoding.readVarString(decoder));
  });
  socket.on('close', (code, reason) => (closed = { code, reason: reason.toString() }));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(message(documentName, (encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AUTH);
    encoding.writeVarUint(encoder, AUTH_TOKEN);
    encoding.writeVarString(encoder, 'session');
  }));
  return {
    stateless,
    closed: () => closed,
    authenticated: () => authenticated,
    /** Sends a Yjs update as a sync "update" message. */
    sendUpdate(update: Uint8Array) {
      socket.send(message(documentName, (encoder) => {
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        encoding.writeVarUint(encoder, SYNC_UPDATE);
        encoding.writeVarUint8Array(encoder, update);
      }));
    },
    /** Sends an awareness update (y-protocols/awareness encoding), as any client may. */
    sendAwareness(update: Uint8Array) {
      socket.send(message(documentName, (encoder) => {
        encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
        encoding.writeVarUint8Array(encoder, update);
      }));
    },
    close: () => socket.close(),
  };
}

// Message and sub-message types of the Hocuspocus protocol (@hocuspocus/common, y-protocols/sync).
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_STATELESS = 5;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_AUTHENTICATED = 2;

function message(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
