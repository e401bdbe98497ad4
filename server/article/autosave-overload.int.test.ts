import { afterAll, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { handleTrpcRequest } from '../api/fetch-handler';
import type { Actor } from '../auth/actor';
import pg from 'pg';
import { createDb, dbOnPool, type Db } from '../db/client';
import { createAdmissionGate, type AdmissionGate } from '../http/admission-gate';
import type { ArticleContentInput } from './article.schema';

/**
 * Overload is never a 500: with a deliberately tiny connection pool and many editors saving at once, every
 * save is either applied or answered 503 with Retry-After (and then left entirely unapplied), and every
 * refused save goes through when retried.
 */
const t = withTestDatabase();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});
const tinyPool = (options: { poolSize: number }) => {
  const db = createDb(t.url, options);
  closers.push(() => db.$disconnect());
  return db;
};

function content(sectionId: string, authorId: string, text: string): ArticleContentInput {
  return {
    headline: 'Power cuts across the region',
    slug: '',
    standfirst: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    sectionId,
    tagIds: [],
    bylines: [{ userId: authorId }],
    sources: [],
    leadImage: null,
  };
}

type Answer = { status: number; retryAfter: string | null; code: string | null; version: number | null };

/** One autosave over HTTP, as the browser sends it (tRPC with superjson). */
async function save(db: Db, actor: Actor, deskWrites: AdmissionGate | undefined, input: { id: string; expectedVersion: number; content: ArticleContentInput }): Promise<Answer> {
  const request = new Request('http://localhost/api/trpc/article.save', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  });
  const response = await handleTrpcRequest(request, () => Promise.resolve({ db, actor, deskWrites }));
  const body = (await response.json()) as { result?: { data: { json: { version: number } } }; error?: { json: { data: { code: string } } } };
  return {
    status: response.status,
    retryAfter: response.headers.get('Retry-After'),
    code: body.error?.json.data.code ?? null,
    version: body.result?.data.json.version ?? null,
  };
}

async function newsroom(editors: number) {
  const section = await createSection(t.db);
  return Promise.all(
    Array.from({ length: editors }, async (_, index) => {
      const actor = actorFor(await createStaff(t.db));
      const article = await createArticle(t.db, { authors: [actor], sectionId: section.id });
      return { actor, article, content: (round: number) => content(section.id, actor.id, `Editor ${index}, save ${round}.`) };
    }),
  );
}

describe('autosave under overload', () => {
  it('past the admission limit, saves are answered 503 with Retry-After and applied on retry: none is a 500, none is lost', async () => {
    const db = tinyPool({ poolSize: 2 });
    const gate = createAdmissionGate({ concurrency: 1, maxWaiting: 2, maxWaitMs: 50, retryAfterSeconds: 1 });
    const desk = await newsroom(24);

    const first = await Promise.all(desk.map((editor) => save(db, editor.actor, gate, { id: editor.article.id, expectedVersion: 1, content: editor.content(1) })));
    expect(first.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
    const shed = first.filter((answer) => answer.status === 503);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed.every((answer) => answer.retryAfter === '1' && answer.code === 'SERVICE_UNAVAILABLE')).toBe(true);

    // Applied saves are in the database; shed ones changed nothing.
    const rows = await t.db.article.findMany({ where: { id: { in: desk.map((editor) => editor.article.id) } }, select: { id: true, version: true, bodyText: true } });
    for (const [index, editor] of desk.entries()) {
      const row = rows.find((candidate) => candidate.id === editor.article.id)!;
      if (first[index]!.status === 200) expect(row).toMatchObject({ version: 2, bodyText: `Editor ${index}, save 1.` });
      else expect(row).toMatchObject({ version: 1, bodyText: 'Details: the body.' });
    }

    // The editor keeps the edit and retries after Retry-After (here: one by one, as the gate frees up).
    for (const [index, editor] of desk.entries()) {
      if (first[index]!.status === 200) continue;
      expect(await save(db, editor.actor, gate, { id: editor.article.id, expectedVersion: 1, content: editor.content(1) })).toMatchObject({ status: 200, version: 2 });
    }
    const after = await t.db.article.findMany({ where: { id: { in: desk.map((editor) => editor.article.id) } }, select: { version: true, bodyText: true } });
    expect(after.map((row) => row.version)).toEqual(desk.map(() => 2));
    expect(after.map((row) => row.bodyText).sort()).toEqual(desk.map((_, index) => `Editor ${index}, save 1.`).sort());
  });

  it('a pool with no connection free in time answers 503 with Retry-After, not 500, and the save goes through later', async () => {
    const pool = new pg.Pool({ connectionString: t.url, max: 1, connectionTimeoutMillis: 100 });
    const db = dbOnPool(pool);
    closers.push(async () => {
      await db.$disconnect();
      await pool.end().catch(() => undefined); // already ended by the client: fine
    });
    const [editor] = await newsroom(1);
    const { actor, article } = editor!;
    const noGate = createAdmissionGate({ concurrency: 100, maxWaiting: 0, maxWaitMs: 0, retryAfterSeconds: 1 });

    // Something else holds the pool's only connection (a long report, a stuck request).
    const holder = await pool.connect();
    const busy = await save(db, actor, noGate, { id: article.id, expectedVersion: 1, content: editor!.content(1) });
    expect(busy).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '2' });
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } })).toEqual({ version: 1 });

    holder.release();
    expect(await save(db, actor, noGate, { id: article.id, expectedVersion: 1, content: editor!.content(1) })).toMatchObject({ status: 200, version: 2 });
  });

  it('many editors saving every round through a tiny pool and the default-sized gate: only 200s, each round applied', async () => {
    const db = tinyPool({ poolSize: 2 });
    const gate = createAdmissionGate({ concurrency: 1, maxWaiting: 200, maxWaitMs: 60_000, retryAfterSeconds: 2 });
    const desk = await newsroom(12);
    const versions = desk.map(() => 1);
    for (let round = 1; round <= 4; round++) {
      const answers = await Promise.all(
        desk.map((editor, index) => save(db, editor.actor, gate, { id: editor.article.id, expectedVersion: versions[index]!, content: editor.content(round) })),
      );
      expect(answers.map((answer) => answer.status)).toEqual(desk.map(() => 200));
      answers.forEach((answer, index) => (versions[index] = answer.version!));
    }
    const rows = await t.db.article.findMany({ where: { id: { in: desk.map((editor) => editor.article.id) } }, select: { version: true, bodyText: true } });
    expect(rows.map((row) => row.version)).toEqual(desk.map(() => 5));
    expect(rows.map((row) => row.bodyText).sort()).toEqual(desk.map((_, index) => `Editor ${index}, save 4.`).sort());
  });

  it('two tabs autosaving the same version at once (the one-statement path): one applied, the other CONFLICT, the revision holds the winner', async () => {
    const [editor] = await newsroom(1);
    const { actor, article } = editor!;
    const gate = createAdmissionGate({ concurrency: 4, maxWaiting: 10, maxWaitMs: 60_000, retryAfterSeconds: 1 });
    // A first save makes the author's revision, so the next saves fold into it (the quick path).
    expect(await save(t.db, actor, gate, { id: article.id, expectedVersion: 1, content: editor!.content(1) })).toMatchObject({ status: 200, version: 2 });
    const [left, right] = await Promise.all([
      save(t.db, actor, gate, { id: article.id, expectedVersion: 2, content: content(article.sectionId!, actor.id, 'Left tab.') }),
      save(t.db, actor, gate, { id: article.id, expectedVersion: 2, content: content(article.sectionId!, actor.id, 'Right tab.') }),
    ]);
    expect([left.status, right.status].sort()).toEqual([200, 409]);
    const winner = left.status === 200 ? 'Left tab.' : 'Right tab.';
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true, bodyText: true } });
    expect(row).toEqual({ version: 3, bodyText: winner });
    const revisions = await t.db.articleRevision.findMany({ where: { articleId: article.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ articleVersion: 3 });
    expect(JSON.stringify(revisions[0]!.snapshot)).toContain(winner);
  });
});
