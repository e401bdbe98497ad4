// Preloaded into the app server by `npm start` (`node --require`, see supervise-server.ts), for what
// `next start` lacks: stops that really stop (1, 2), cached public pages with a new CSP nonce per answer
// (public-answers.cjs), and the caller's real address (below). Plain CommonJS: it runs before anything is compiled.
'use strict';

const diagnostics = require('node:diagnostics_channel');
const { constants } = require('node:os');

// 1. A stop really stops. On SIGTERM Next closes its port and waits for open connections to end, but
//    Node keeps serving a keep-alive connection that was busy at that moment, for as long as its client
//    keeps using it: a browser autosaving kept a stopped server answering (and holding the embedded
//    database) for half a minute. Once stopping, every answer says `Connection: close`, and idle
//    connections are closed as they become idle.
const servers = new Set();
let stopping = false;
diagnostics.subscribe('http.server.request.start', ({ server, request, response }) => {
  servers.add(server);
  if (stopping) response.shouldKeepAlive = false;
  // The caller's real address, which Next.js does not pass on (its X-Forwarded-For keeps whatever the
  //    client wrote): read by server/auth/client-ip.ts for per-address rate limits. Always overwritten,
  //    so a client cannot choose it. Published before the request reaches Next's handler.
  request.headers['x-masthead-peer-address'] = request.socket.remoteAddress ?? '';
});
function onStopSignal(signal) {
  if (!stopping) {
    stopping = true;
    setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 100).unref();
  }
  // Before Next has set up its own handler, the signal keeps its default meaning.
  if (process.listenerCount(signal) === 1) process.exit(128 + constants.signals[signal]);
}
process.on('SIGTERM', onStopSignal);
process.on('SIGINT', onStopSignal);

// 2. The server stops when the process that started it is gone. That process owns the embedded database,
//    so a server outliving it (after a `kill -9`, which it cannot pass on) would hold the port with no
//    database behind it, and the restart a supervisor makes would fail with EADDRINUSE. The parent opened
//    an IPC channel to us; the operating system closes it when the parent dies, however it dies.
const GRACE_MS = 10_000;
if (process.channel) {
  process.once('disconnect', () => {
    process.kill(process.pid, 'SIGTERM'); // Next's graceful stop, as above
    setTimeout(() => process.exit(1), GRACE_MS).unref();
  });
  // The channel only watches the parent: it must not keep the server alive by itself.
  process.channel.unref();
}

// 3. Public pages are cached whole and get a new CSP nonce (and withdrawn articles their 410) per answer.
require('./public-answers.cjs').installNonceRewrite();

// 4. The co-editing WebSocket (/api/collab) on the app's own port: its upgrades go to the co-editing server
//    the app starts (instrumentation.ts → server/collab/collab-hub.ts); every other upgrade (dev's hot
//    reload) stays Next's.
require('./collab-upgrade.cjs').installCollabUpgrade();
