import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
import { applyMigrations } from './migrate';

let embedded: EmbeddedPostgres;
let db: Db;
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-concurrency-'));
  embedded = await startEmbeddedPostgres({ dataDir: dir });
  await applyMigrations(embedded.url);
  db = createDb(embedded.url, { poolSize: 10 }); // as the app runs it: a pool, so several connections
});
afterAll(async () => {
  await db.$disconnect();
  await embedded.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the embedded database under concurrent requests', () => {
  it('answers each query with its own rows while transactions run beside it', async () => {
    const user = await db.user.create({ data: { email: 'a@example.test', name: 'A', passwordHash: 'x', slug: 'a' } });
    const article = await db.article.create({ data: { slug: 's', headline: 'h', body: {} } });
    await db.articleComment.create({ data: { articleId: article.id, authorId: user.id, body: 'a comment' } });
    await db.articleRevision.create({ data: { articleId: article.id, authorId: user.id, articleVersion: 1, snapshot: {} } });
    const failures: string[] = [];
    for (let round = 0; round < 30; round++) {
      const results = await Promise.allSettled([
        db.articleComment.findMany({ where: { articleId: article.id }, select: { body: true, author: { select: { name: true } } } }),
        db.articleRevision.findMany({ where: { articleId: article.id }, select: { reason: true } }),
        db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${article.id}::uuid FOR UPDATE`;
          await tx.articleRevision.findMany({ where: { articleId: article.id }, select: { articleVersion: true } });
          await tx.article.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
        }),
        db.notification.count({ where: { userId: user.id } }),
        db.article.findFirst({ where: { id: article.id }, select: { slug: true, bylines: true, events: true } }),
      ]);
      const [comments, revisions, transaction, count, found] = results;
      if (found.status !== 'fulfilled' || found.value?.slug !== 's') failures.push(`article ${round}`);
      if (comments.status !== 'fulfilled' || JSON.stringify(comments.value) !== '[{"body":"a comment","author":{"name":"A"}}]') failures.push(`comments ${round}`);
      if (revisions.status !== 'fulfilled' || JSON.stringify(revisions.value) !== '[{"reason":"edit"}]') failures.push(`revisions ${round}`);
      if (transaction.status !== 'fulfilled') failures.push(`transaction ${round}`);
      if (count.status !== 'fulfilled' || count.value !== 0) failures.push(`count ${round}`);
    }
    expect(failures).toEqual([]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(31);
  });
});
