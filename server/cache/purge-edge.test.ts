import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keyChunks, PURGE_HEADER_MAX_CHARS, purgeEdge } from './purge-edge';

type Received = { method: string | undefined; authorization: string | undefined; keys: string | undefined };
const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve)))));

/** An edge cache stand-in answering `status`, recording each purge. */
async function fakeEdge(status = 200) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    received.push({ method: request.method, authorization: request.headers.authorization, keys: request.headers['xkey-purge'] as string | undefined });
    response.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('purging the edge caches', () => {
  it('sends every cache one PURGE with the keys and the token', async () => {
    const [a, b] = await Promise.all([fakeEdge(), fakeEdge()]);
    await purgeEdge({ urls: [a.url, b.url], token: 'tok' })(['article:x', 'home']);
    for (const edge of [a, b]) expect(edge.received).toEqual([{ method: 'PURGE', authorization: 'Bearer tok', keys: 'article:x home' }]);
  });

  it('throws when any cache refuses or is gone, after trying them all', async () => {
    const [refusing, fine] = await Promise.all([fakeEdge(403), fakeEdge()]);
    await expect(purgeEdge({ urls: [refusing.url, fine.url], token: 'tok' })(['home'])).rejects.toThrow('403');
    expect(fine.received).toHaveLength(1);
    await expect(purgeEdge({ urls: ['http://127.0.0.1:9'], token: 'tok' })(['home'])).rejects.toThrow();
  });

  it('splits many tags into headers Varnish accepts', () => {
    const tags = Array.from({ length: 1_000 }, (_, i) => `article:a-fairly-long-article-slug-${i}`);
    const chunks = keyChunks(tags);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(PURGE_HEADER_MAX_CHARS);
    expect(chunks.join(' ').split(' ')).toEqual(tags);
  });
});
