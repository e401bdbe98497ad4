import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { REVALIDATE_PATH, revalidateOverHttp } from './revalidate-over-http';
import { revalidationToken } from './revalidation-token';

const secret = 'a-long-enough-test-secret';
type Received = { path: string | undefined; authorization: string | undefined; body: unknown };

/** An app stand-in answering each request with the next of `statuses`, recording what it was sent. */
async function fakeApp(statuses: number[]) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ path: request.url, authorization: request.headers.authorization, body: JSON.parse(body) as unknown });
      response.writeHead(statuses[received.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve)))));

describe('sending revalidations to the app, for the outbox', () => {
  it('posts the tags to the internal endpoint with the token', async () => {
    const app = await fakeApp([200]);
    await revalidateOverHttp({ baseUrl: app.url, secret })(['home', 'article:a']);
    expect(app.received).toEqual([{ path: REVALIDATE_PATH, authorization: `Bearer ${revalidationToken(secret)}`, body: { tags: ['home', 'article:a'] } }]);
  });

  it('throws when the app fails or refuses, asking once: retrying is the outbox’s job', async () => {
    for (const status of [503, 401]) {
      const app = await fakeApp([status]);
      await expect(revalidateOverHttp({ baseUrl: app.url, secret })(['home'])).rejects.toThrow(String(status));
      expect(app.received).toHaveLength(1);
    }
  });

  it('throws when no app answers', async () => {
    const app = await fakeApp([]);
    const url = app.url;
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    await expect(revalidateOverHttp({ baseUrl: url, secret })(['home'])).rejects.toThrow();
  });
});
