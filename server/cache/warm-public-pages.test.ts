import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { warmPublicPages } from './warm-public-pages';

const closers: (() => Promise<unknown>)[] = [];
afterEach(() => Promise.all(closers.splice(0).map((close) => close())));

/** An app stand-in recording the paths asked, answering each after `delayMs`, with at most how many at once. */
async function fakeApp(delayMs: number) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    mostAtOnce = Math.max(mostAtOnce, ++inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(200).end('page');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, mostAtOnce: () => mostAtOnce, idle: () => inFlight === 0 };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 500 && !check(); i++) await sleep(10);
  expect(check()).toBe(true);
}

it('asks for the article pages named by the tags, each once while queued, a few at a time', async () => {
  const app = await fakeApp(30);
  const warm = warmPublicPages({ baseUrl: app.url, concurrency: 2 });
  warm(['site', 'home', 'article:one', 'section:world', 'article:two', 'article:three']);
  warm(['article:three', 'feed']);
  await until(() => app.asked.length === 3 && app.idle());
  expect([...app.asked].sort()).toEqual(['/articles/one', '/articles/three', '/articles/two']);
  expect(app.mostAtOnce()).toBe(2);
});

it('a page that fails is left to its first reader, no error, and frees its turn for the next', async () => {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/articles/lost') request.socket.destroy();
    else response.writeHead(200).end('page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const warm = warmPublicPages({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, concurrency: 1 });
  // One at a time: the second is asked only once the first has failed (an unhandled rejection would fail the run).
  warm(['article:lost', 'article:found']);
  await until(() => asked.length === 2);
  expect(asked).toEqual(['/articles/lost', '/articles/found']);
});
