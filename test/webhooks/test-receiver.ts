import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; status: number };

/**
 * A webhook receiver for tests: records every request (raw body and headers) and answers with what
 * `answer` says for it: a status, or 'hang' (never answers, as a receiver would while its sender dies).
 */
export async function startTestReceiver(answer: (request: { index: number; body: string }) => number | 'hang' = () => 200, port = 0) {
  const received: ReceivedWebhook[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const status = answer({ index: received.length, body });
      received.push({ headers: request.headers, body, status: status === 'hang' ? 0 : status });
      for (const wake of waiters.splice(0)) wake();
      if (status !== 'hang') response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    /** The requests it answered with 2xx. */
    accepted: () => received.filter((request) => request.status >= 200 && request.status < 300),
    /** Resolves once `condition` holds (checked after every request), or rejects after `timeoutMs`. */
    async until(condition: () => boolean, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${received.length} requests)`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).finally(() => server.closeAllConnections()),
  };
}
