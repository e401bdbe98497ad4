import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP relay between the app and PostgreSQL that counts the statements the app sends (the protocol's
 * Query and Execute messages), and can be stopped to play a database outage. The app cannot tell it is
 * there; the count needs nothing from the app or the database (no pg_stat_statements, no query log).
 */
export type CountingDbProxy = {
  readonly port: number;
  /** Statements sent through so far. */
  statements: () => number;
  /** Closes the port and every open connection: the database is unreachable for the app. */
  stop: () => Promise<void>;
};

const QUERY = 0x51; // 'Q', a simple query
const EXECUTE = 0x45; // 'E', the run of a prepared (extended protocol) statement
const STARTUP_CODES_BEFORE_STARTUP = new Set([80877103, 80877104]); // SSLRequest, GSSENCRequest

export async function startCountingDbProxy(target: { host: string; port: number }): Promise<CountingDbProxy> {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    let pending = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          // The first messages have no type byte: length, then a code.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          started = !STARTUP_CODES_BEFORE_STARTUP.has(pending.readInt32BE(4));
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        if (pending[0] === QUERY || pending[0] === EXECUTE) statements += 1;
        pending = pending.subarray(1 + length);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the relay has no port');
  return {
    port: address.port,
    statements: () => statements,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
