// Routes WebSocket upgrades for /api/collab to the co-editing server (server/collab/), before Next's own
// upgrade listener sees them. Plain CommonJS, preloaded by server-preload.cjs.
'use strict';

const http = require('node:http');

const COLLAB_PATH = '/api/collab';
const SLOT = Symbol.for('masthead.collab');

function isCollabPath(url) {
  const path = (url ?? '').split('?')[0];
  return path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`);
}

function installCollabUpgrade() {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithCollab(event, request, socket, head) {
    if (event !== 'upgrade' || !isCollabPath(request.url)) return emit.apply(this, arguments);
    const hub = globalThis[SLOT];
    if (!hub) {
      // The app is still starting (or failed to start co-editing): the client retries.
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n');
      return true;
    }
    hub.handleUpgrade(request, socket, head).catch(() => socket.destroy());
    return true;
  };
}

module.exports = { installCollabUpgrade, isCollabPath };
