import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startVarnish, stopVarnish, type RunningVarnish } from '../../bench/varnish';
import { purgeEdge } from '../../server/cache/purge-edge';

/**
 * varnish/masthead.vcl in a real varnishd, in front of a stand-in app whose answers each test sets: what
 * is cached, under which keys, what a purge removes, who may purge, what is never cached, and what is
 * served while the app fails.
 */
type Answer = { status?: number; headers?: Record<string, string>; body?: string; hold?: Promise<void> };
const answers = new Map<string, Answer>();
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let appDown: 'no' | 'failing' = 'no';
let app: Server;
let varnish: RunningVarnish;

const publicPage = (body: string, extra: Record<string, string> = {}): Answer => ({
  body,
  headers: { 'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=60', ...extra },
});
const fetchesOf = (path: string) => seen.filter((request) => request.path === path).length;
const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${varnish.url}${path}`, { headers });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache'), age: Number(response.headers.get('age')), headers: response.headers };
};
const purge = (keys: string[]) => purgeEdge({ urls: [varnish.url], token: varnish.purgeToken })(keys);

beforeAll(async () => {
  app = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push({ path, headers: request.headers });
    if (appDown === 'failing') return void response.writeHead(500).end('database down');
    const answer = answers.get(path.split('?')[0] ?? path) ?? { status: 404, body: 'not found' };
    void (answer.hold ?? Promise.resolve()).then(() =>
      response.writeHead(answer.status ?? 200, { 'Content-Type': 'text/html', ...answer.headers }).end(answer.body ?? ''),
    );
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  varnish = await startVarnish({ backendPort: (app.address() as AddressInfo).port, vcl: { negativeTtlSeconds: 1 }, params: ['thread_pool_min=10'] });
});

afterAll(async () => {
  await stopVarnish(varnish);
  await new Promise((resolve) => app?.close(resolve));
});

describe('public pages', () => {
  it('are cached for every reader alike: cookies dropped, the app asked once', async () => {
    answers.set('/articles/cached', publicPage('Cached copy'));
    expect(await get('/articles/cached', { Cookie: 'next-auth.csrf-token=abc; theme=dark' })).toMatchObject({ status: 200, body: 'Cached copy', cache: 'MISS' });
    const again = await get('/articles/cached', { Cookie: 'other=1' });
    expect(again).toMatchObject({ status: 200, body: 'Cached copy', cache: 'HIT' });
    expect(fetchesOf('/articles/cached')).toBe(1);
    expect(seen.find((request) => request.path === '/articles/cached')?.headers.cookie).toBeUndefined();
    // Internal headers stay inside.
    expect(again.headers.get('xkey')).toBeNull();
    expect(again.headers.get('x-masthead-swr')).toBeNull();
  });

  it('are kept even when the app renders them per request (no-store), until purged', async () => {
    answers.set('/sections/world', { body: 'World v1', headers: { 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' } });
    await get('/sections/world');
    expect(await get('/sections/world')).toMatchObject({ body: 'World v1', cache: 'HIT' });
    answers.set('/sections/world', { body: 'World v2' });
    await purge(['section:world']);
    expect(await get('/sections/world')).toMatchObject({ body: 'World v2', cache: 'MISS' });
  });

  it('are purged by the keys the app names in xkey, and only those', async () => {
    answers.set('/articles/a', publicPage('A v1', { xkey: 'site article:a story-123' }));
    answers.set('/articles/b', publicPage('B v1', { xkey: 'site article:b' }));
    await Promise.all([get('/articles/a'), get('/articles/b')]);
    answers.set('/articles/a', publicPage('A v2', { xkey: 'site article:a story-123' }));
    answers.set('/articles/b', publicPage('B v2', { xkey: 'site article:b' }));
    await purge(['story-123']);
    expect((await get('/articles/a')).body).toBe('A v2');
    expect(await get('/articles/b')).toMatchObject({ body: 'B v1', cache: 'HIT' });
    // `site` is on every page: a settings change empties them all.
    await purge(['site']);
    expect((await get('/articles/b')).body).toBe('B v2');
  });

  it('without xkey, get the keys of their route (server/cache/surrogate-keys.ts)', async () => {
    answers.set('/articles/plain', publicPage('Plain v1'));
    answers.set('/', publicPage('Home v1'));
    answers.set('/rss.xml', publicPage('Feed v1'));
    await Promise.all(['/articles/plain', '/', '/rss.xml'].map((path) => get(path)));
    answers.set('/articles/plain', publicPage('Plain v2'));
    answers.set('/', publicPage('Home v2'));
    answers.set('/rss.xml', publicPage('Feed v2'));
    await purge(['article:plain']);
    expect((await get('/articles/plain')).body).toBe('Plain v2');
    expect((await get('/')).body).toBe('Home v1');
    await purge(['home', 'feed']);
    expect((await get('/')).body).toBe('Home v2');
    expect((await get('/rss.xml')).body).toBe('Feed v2');
  });

  it('a withdrawn article (410) is passed through and kept only briefly', async () => {
    answers.set('/articles/withdrawn', { status: 410, body: 'Gone', headers: { 'Cache-Control': 'no-store' } });
    expect(await get('/articles/withdrawn')).toMatchObject({ status: 410, cache: 'MISS' });
    expect(await get('/articles/withdrawn')).toMatchObject({ status: 410, cache: 'HIT' });
    // Kept one second here (negativeTtlSeconds): then asked again.
    await vi.waitFor(async () => expect((await get('/articles/withdrawn')).cache).toBe('MISS'), { timeout: 10_000, interval: 200 });
  });
});

describe('never cached', () => {
  const cachedLooking = publicPage('looks public');
  it.each([
    ['the desk', '/desk/articles', {}],
    ['the API', '/api/trpc/article.list', {}],
    ['a preview link', '/preview/some-token', {}],
    ['sign-in', '/signin', {}],
    ['a signed-in reader', '/articles/staff-view', { Cookie: 'theme=dark; next-auth.session-token=eyJ' }],
    ['a signed-in reader over https', '/articles/staff-view-https', { Cookie: '__Secure-next-auth.session-token=eyJ' }],
  ])('%s', async (_name, path, headers: Record<string, string>) => {
    answers.set(path.split('?')[0]!, cachedLooking);
    for (let i = 0; i < 2; i++) expect((await get(path, headers)).cache).toBe('PASS');
    expect(fetchesOf(path)).toBe(2);
    // The session cookie reaches the app.
    if (headers.Cookie) expect(seen.findLast((request) => request.path === path)?.headers.cookie).toBe(headers.Cookie);
  });

  it('an answer that sets a cookie', async () => {
    answers.set('/tags/cookie', publicPage('Mine', { 'Set-Cookie': 'mine=1; Path=/' }));
    for (let i = 0; i < 2; i++) expect((await get('/tags/cookie')).cache).not.toBe('HIT');
    expect(fetchesOf('/tags/cookie')).toBe(2);
  });
});

describe('purging', () => {
  it('is refused without the token, with a wrong one, and from outside the ACL', async () => {
    answers.set('/authors/sam', publicPage('Sam v1'));
    await get('/authors/sam');
    answers.set('/authors/sam', publicPage('Sam v2'));
    const tries: Record<string, string>[] = [{}, { Authorization: 'Bearer not-the-token-at-all-12345' }, { Authorization: varnish.purgeToken }];
    for (const headers of tries) {
      const response = await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'author:sam site', ...headers } });
      expect(response.status).toBe(403);
    }
    expect(await get('/authors/sam')).toMatchObject({ body: 'Sam v1', cache: 'HIT' });

    // The right token from an address the ACL does not list: refused too.
    const elsewhere = await startVarnish({ backendPort: (app.address() as AddressInfo).port, vcl: { purgeFrom: ['10.0.0.0/8'] }, params: ['thread_pool_min=10'] });
    try {
      await expect(purgeEdge({ urls: [elsewhere.url], token: elsewhere.purgeToken })(['site'])).rejects.toThrow('403');
    } finally {
      await stopVarnish(elsewhere);
    }
  });
});

describe('the app failing', () => {
  it('serves stale copies while the app answers 500 or is gone, and fresh ones once it is back', async () => {
    answers.set('/tags/outage', { body: 'Outage v1', headers: { 'Cache-Control': 'public, s-maxage=1' } });
    await get('/tags/outage');
    appDown = 'failing';
    // Past its lifetime the copy serves while the app is asked again in the background, and fails.
    await vi.waitFor(async () => expect((await get('/tags/outage')).age).toBeGreaterThan(1), { timeout: 10_000, interval: 200 });
    expect(await get('/tags/outage')).toMatchObject({ status: 200, body: 'Outage v1' });
    expect(fetchesOf('/tags/outage')).toBeGreaterThan(1);

    // Gone altogether (connections refused): the same.
    appDown = 'no';
    const port = (app.address() as AddressInfo).port;
    await new Promise((resolve) => {
      app.close(resolve);
      app.closeAllConnections();
    });
    expect(await get('/tags/outage')).toMatchObject({ status: 200, body: 'Outage v1' });

    answers.set('/tags/outage', { body: 'Outage v2', headers: { 'Cache-Control': 'public, s-maxage=300' } });
    await new Promise<void>((resolve) => app.listen(port, '127.0.0.1', resolve));
    await vi.waitFor(async () => expect(await get('/tags/outage')).toMatchObject({ status: 200, body: 'Outage v2' }), { timeout: 10_000, interval: 200 });
  });

  it('honours stale-while-revalidate: past its lifetime the copy answers at once while a fresh one is fetched', async () => {
    answers.set('/tags/swr', { body: 'SWR v1', headers: { 'Cache-Control': 'public, s-maxage=1, stale-while-revalidate=60' } });
    await get('/tags/swr');
    let release = () => {};
    answers.set('/tags/swr', { body: 'SWR v2', headers: { 'Cache-Control': 'public, s-maxage=300' }, hold: new Promise<void>((resolve) => (release = resolve)) });
    // The refresh reaches the app, which does not answer yet; readers get the stale copy meanwhile.
    await vi.waitFor(async () => {
      expect((await get('/tags/swr')).body).toBe('SWR v1');
      expect(fetchesOf('/tags/swr')).toBe(2);
    }, { timeout: 10_000, interval: 200 });
    expect(await get('/tags/swr')).toMatchObject({ body: 'SWR v1', cache: 'HIT' });
    release();
    await vi.waitFor(async () => expect((await get('/tags/swr')).body).toBe('SWR v2'), { timeout: 10_000, interval: 200 });
  });
});
