import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../auth/actor';
import { authorizeCredentials } from '../auth/authorize-credentials';
import { databaseRateLimits } from '../auth/rate-limits';
import { createDb, type Db } from '../db/client';
import { withInternalErrorsReported } from '../http/route-errors';
import { logger } from '../logger';
import { handleTrpcRequest } from './fetch-handler';

/**
 * The database becomes unreachable (nothing listens on its port). Every way a client can reach the
 * server answers a plain sentence with an error id; the log has the real error under the same id.
 */
let unreachable: Db;
const editor: Actor = { id: '00000000-0000-4000-8000-000000000001', name: 'Dana', email: 'dana@example.test', role: 'EDITOR' };
const LEAKS = /prisma|invocation|127\.0\.0\.1|ECONNREFUSED|database server|findUnique|findMany|create\(\)/i;

beforeAll(async () => {
  unreachable = createDb(`postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`, { poolSize: 1 });
});
afterAll(async () => {
  await unreachable.$disconnect();
});

/** A port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `act` and returns what was logged at error level, with the error id and the original message. */
async function logged(act: () => Promise<void>) {
  const spy = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
  try {
    await act();
    return spy.mock.calls.map(([fields]) => {
      const { errorId, err } = fields as { errorId: string; err: unknown };
      return { errorId, text: String(err instanceof Error ? `${err.message} ${String(err.cause)}` : err) };
    });
  } finally {
    spy.mockRestore();
  }
}

describe('internal errors never reach clients', () => {
  it('a tRPC procedure: the client gets a plain sentence and an id, the log the database error', async () => {
    let body: { error: { json: { message: string; data: { httpStatus: number; errorId: string } } } } | undefined;
    const logs = await logged(async () => {
      const request = new Request('http://localhost/api/trpc/article.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { headline: 'Anything' } }),
      });
      const response = await handleTrpcRequest(request, () => Promise.resolve({ db: unreachable, actor: editor }));
      expect(response.status).toBe(500);
      body = (await response.json()) as typeof body;
    });
    const { message, data } = body!.error.json;
    expect(message).not.toMatch(LEAKS);
    expect(JSON.stringify(body)).not.toMatch(LEAKS);
    expect(message).toContain(`error id: ${data.errorId}`);
    expect(logs.map((log) => log.errorId)).toEqual([data.errorId]);
    expect(logs[0]!.text).toMatch(/ECONNREFUSED|connect|reach/i);
  });

  it('the request context (the session read) failing is answered the same way', async () => {
    let text = '';
    const logs = await logged(async () => {
      const request = new Request('http://localhost/api/trpc/session.me');
      const response = await handleTrpcRequest(request, async () => {
        await unreachable.user.findFirst();
        return { db: unreachable, actor: null };
      });
      expect(response.status).toBe(500);
      text = await response.text();
    });
    expect(text).not.toMatch(LEAKS);
    expect(logs).toHaveLength(1);
    expect(text).toContain(logs[0]!.errorId);
  });

  it('signing in: the form is shown a plain sentence and an id (next-auth passes the message to the page)', async () => {
    let thrown: unknown;
    const logs = await logged(async () => {
      thrown = await authorizeCredentials({
        db: unreachable,
        limits: databaseRateLimits(unreachable),
        credentials: { email: 'dana@example.test', password: 'anything at all' },
        ip: null,
      }).catch((error: unknown) => error);
    });
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).not.toMatch(LEAKS);
    expect((thrown as Error).message).toContain(`error id: ${logs[0]!.errorId}`);
    expect(logs[0]!.text).toMatch(/ECONNREFUSED|connect|reach/i);
  });

  it('a route handler (feeds, media, uploads): 500 with the sentence and id, as text or, under /api, JSON', async () => {
    const handler = withInternalErrorsReported(async (_request: Request) => {
      await unreachable.mediaAsset.findMany();
      return new Response('unreachable');
    });
    const logs = await logged(async () => {
      const page = await handler(new Request('http://localhost/media/x.png'));
      expect(page.status).toBe(500);
      const text = await page.text();
      expect(text).not.toMatch(LEAKS);
      const api = await handler(new Request('http://localhost/api/media', { method: 'POST' }));
      expect(api.status).toBe(500);
      const json = (await api.json()) as { error: string; errorId: string };
      expect(json.error).not.toMatch(LEAKS);
      expect(json.error).toContain(json.errorId);
      expect(text).not.toContain(json.errorId);
    });
    expect(logs).toHaveLength(2);
    expect(logs.every((log) => /ECONNREFUSED|connect|reach/i.test(log.text))).toBe(true);
  });
});
