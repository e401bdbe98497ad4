import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/lib/public-answers.cjs in a plain Node server standing in for Next: the page is written with the
 * placeholder nonce (split across writes, as a streamed render would), the policy names it too.
 */
const require = createRequire(import.meta.url);
let server: Server;
let base: string;
let rendered = 0;
let placeholder = '';
let gone = '';
let legal = '';

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = 'unit-test-secret-0123456789';
  process.env.MASTHEAD_ANSWER_CACHE_MS = '60000';
  (require('./public-answers.cjs') as { installNonceRewrite: () => void }).installNonceRewrite();
  placeholder = process.env.MASTHEAD_NONCE_PLACEHOLDER ?? '';
  gone = process.env.MASTHEAD_GONE_MARKER ?? '';
  legal = process.env.MASTHEAD_LEGAL_MARKER ?? '';
  server = createServer((request, response) => {
    rendered += 1;
    const url = request.url ?? '';
    if (url.startsWith('/desk')) {
      response.setHeader('content-security-policy', `script-src 'nonce-desk'`);
      response.end(`<script nonce="desk"></script>${placeholder}`);
      return;
    }
    response.setHeader('content-security-policy', `script-src 'self' 'nonce-${placeholder}' 'strict-dynamic'`);
    response.setHeader('cache-control', url.startsWith('/private') ? 'private, no-store' : 'public, s-maxage=300');
    response.setHeader('content-type', 'text/html');
    const page = `<script nonce="${placeholder}">1</script>${url.includes('withdrawn') ? `<div data-masthead-status="${gone}"></div>` : ''}${url.includes('legal') ? `<div data-masthead-status="${legal}"></div>` : ''}<script nonce="${placeholder}">2</script>`;
    const cut = page.indexOf(placeholder) + 10; // the placeholder straddles two writes
    response.write(page.slice(0, cut));
    response.end(page.slice(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
  return { status: response.status, body, nonce, length: Number(response.headers.get('content-length')) };
}

describe('public answers', () => {
  it('every answer gets a new nonce, in its policy and on every script, and the placeholder never leaves', async () => {
    const [first, second] = [await get('/private/a'), await get('/private/a')];
    for (const answer of [first, second]) {
      expect(answer.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(answer.body.match(/nonce="[^"]+"/g)).toEqual([`nonce="${answer.nonce}"`, `nonce="${answer.nonce}"`]);
      expect(answer.body).not.toContain(placeholder);
      expect(answer.length).toBe(Buffer.byteLength(answer.body));
    }
    expect(first.nonce).not.toBe(second.nonce);
  });

  it('a withdrawn article’s page leaves as 410 Gone, its marker blanked', async () => {
    const answer = await get('/private/withdrawn');
    expect(answer.status).toBe(410);
    expect(answer.body).not.toContain(gone);
  });

  it('an article taken down on a legal order leaves as 451, its marker blanked, and again from memory', async () => {
    for (const answer of [await get('/legal'), await get('/legal')]) {
      expect(answer.status).toBe(451);
      expect(answer.body).not.toContain(legal);
      expect(answer.length).toBe(Buffer.byteLength(answer.body));
    }
  });

  it('answers whose policy does not name the placeholder pass untouched', async () => {
    const answer = await get('/desk');
    expect(answer.nonce).toBe('desk');
    expect(answer.body).toBe(`<script nonce="desk"></script>${placeholder}`);
  });

  it('a public answer is kept for a moment and served again with a new nonce; never to a signed-in request', async () => {
    const before = rendered;
    const [first, second] = [await get('/articles/kept'), await get('/articles/kept')];
    expect(rendered - before).toBe(1);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body).toBe(first.body.replaceAll(first.nonce, second.nonce));
    await get('/articles/kept', { cookie: 'next-auth.session-token=x' });
    await get('/articles/kept', { rsc: '1' });
    expect(rendered - before).toBe(3);
    (globalThis as Record<symbol, { clear: () => void }>)[Symbol.for('masthead.publicAnswerCache')]!.clear();
    await get('/articles/kept');
    expect(rendered - before).toBe(4);
  });
});
