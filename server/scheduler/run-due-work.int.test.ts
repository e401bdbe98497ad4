import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createDb } from '../db/client';
import { runDueWork } from './run-due-work';

const t = withTestDatabase();
const T = new Date('2026-12-01T06:00:00Z');
const seconds = (n: number) => new Date(T.getTime() + n * 1000);
const at = (instant: Date) => ({ clock: () => instant });

async function scheduledArticle(publishAt: Date, overrides: { headline?: string } = {}) {
  const author = await createStaff(t.db, { name: 'Olha Hlushchenko' });
  const article = await createArticle(t.db, { authors: [author], state: 'SCHEDULED', ...overrides });
  await t.db.article.update({ where: { id: article.id }, data: { publishAt } });
  return { article, author: actorFor(author) };
}

/** Many complete articles by one author in one section, due a minute ago (on the real clock), in two statements. */
async function dueArticles(count: number) {
  const author = await createStaff(t.db);
  const section = await createSection(t.db);
  const { headline, body, bodyHtml, bodyText } = await createArticle(t.db, { authors: [author], sectionId: section.id, state: 'DRAFT' });
  const ids = Array.from({ length: count }, () => randomUUID());
  const publishAt = new Date(Date.now() - 60_000);
  await t.db.article.createMany({
    data: ids.map((id) => ({ id, slug: `due-${id}`, headline, body: body ?? {}, bodyHtml, bodyText, sectionId: section.id, state: 'SCHEDULED', publishAt })),
  });
  await t.db.byline.createMany({ data: ids.map((articleId) => ({ articleId, position: 0, userId: author.id })) });
  return ids.map((id) => ({ id }));
}

const stateOf = async (id: string) => (await t.db.article.findUniqueOrThrow({ where: { id } })).state;
/** The revalidation outbox: what is waiting to be expired, and from when. */
const outbox = () => t.db.revalidationOutbox.findMany({ orderBy: { id: 'asc' }, select: { tags: true, availableAt: true } });

describe('the scheduler, with an injected clock', () => {
  it('publishes at its time, not before, as the scheduler, and tells the author', async () => {
    const { article, author } = await scheduledArticle(T);
    expect(await runDueWork(t.db, at(seconds(-1)))).toEqual({ published: [], held: [], unpublished: [], failed: [] });
    expect(await stateOf(article.id)).toBe('SCHEDULED');

    expect((await runDueWork(t.db, at(T))).published).toEqual([article.id]);
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
    expect(row).toMatchObject({ state: 'PUBLISHED', publishedAt: T, publishAt: null });
    expect(row.events.map((e) => [e.action, e.actorId, e.fromState, e.toState])).toEqual([['publishScheduled', null, 'SCHEDULED', 'PUBLISHED']]);
    const notes = await t.db.notification.findMany({ where: { userId: author.id } });
    expect(notes.map((n) => n.message)).toEqual(['“Russia and China strengthen defence cooperation – ISW” went live as scheduled']);
    expect((await runDueWork(t.db, at(seconds(5)))).published).toEqual([]);
  });

  it('queues its pages for revalidation with the publish, at once and again a second later', async () => {
    const { article } = await scheduledArticle(T);
    await runDueWork(t.db, at(T));
    const tags: unknown = expect.arrayContaining([`article:${article.slug}`, 'home', 'feed', 'sitemap']);
    expect(await outbox()).toEqual([
      { tags, availableAt: T },
      { tags, availableAt: seconds(1) },
    ]);
  });

  it('catches up on everything that fell due while no instance was running, oldest first', async () => {
    const a = await scheduledArticle(seconds(-3600));
    const b = await scheduledArticle(seconds(-60));
    const c = await scheduledArticle(seconds(3600));
    expect((await runDueWork(t.db, at(T))).published).toEqual([a.article.id, b.article.id]);
    expect(await stateOf(c.article.id)).toBe('SCHEDULED');
  });

  it('holds an article that no longer qualifies, once, and tells the editors', async () => {
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const { article } = await scheduledArticle(T, { headline: '' });
    expect((await runDueWork(t.db, at(T))).held).toEqual([article.id]);
    expect(await outbox()).toEqual([]); // held before ever going live: no reader saw it, nothing to revalidate
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
    expect(row.state).toBe('APPROVED');
    expect(row.events.map((e) => [e.action, e.comment])).toEqual([['holdScheduled', 'Not published: Add a headline']]);
    expect((await t.db.notification.findMany({ where: { userId: editor.id } })).map((n) => n.kind)).toEqual(['holdScheduled']);
    expect(await runDueWork(t.db, at(seconds(10)))).toMatchObject({ held: [], published: [] });
  });

  it('unpublishes a live article when its unpublish time comes', async () => {
    const author = await createStaff(t.db);
    const article = await createArticle(t.db, { authors: [author], state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: article.id }, data: { unpublishAt: T } });
    expect((await runDueWork(t.db, at(T))).unpublished).toEqual([article.id]);
    expect((await outbox()).map((row) => row.tags)).toEqual([
      expect.arrayContaining([`article:${article.slug}`, 'home', 'feed', 'sitemap']),
      expect.arrayContaining([`article:${article.slug}`, 'home', 'feed', 'sitemap']),
    ]);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ state: 'UNPUBLISHED', unpublishAt: null });
  });
});

describe('the publish transaction and its outbox rows', () => {
  it('a step whose transaction rolls back leaves no outbox row; the article stays due and goes out on the next run', async () => {
    const { article } = await scheduledArticle(T);
    // Fails at COMMIT, after everything in the step (the outbox row included) has been written.
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$`);
    await t.db.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON "ArticleEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()`,
    );
    try {
      expect((await runDueWork(t.db, at(T))).failed).toEqual([article.id]);
      expect(await stateOf(article.id)).toBe('SCHEDULED');
      expect(await outbox()).toEqual([]);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_commit ON "ArticleEvent"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION refuse_commit()`);
    }
    expect((await runDueWork(t.db, at(seconds(1)))).published).toEqual([article.id]);
    expect(await outbox()).toHaveLength(2);
  });
});

describe('batches', () => {
  it('publishes a batch in one go, holds the one that no longer qualifies, and notifies each author once', async () => {
    const due = await dueArticles(25);
    const { article: unready } = await scheduledArticle(new Date(Date.now() - 60_000), { headline: '' });
    const result = await runDueWork(t.db, { batchSize: 100 });
    expect(result.published.sort()).toEqual(due.map((d) => d.id).sort());
    expect(result.held).toEqual([unready.id]);
    expect(await stateOf(unready.id)).toBe('APPROVED');
    const events = await t.db.articleEvent.findMany({ where: { action: 'publishScheduled' }, select: { articleId: true, data: true } });
    expect(events).toHaveLength(25);
    // Each event points at the revision that went live (made from the row when there was none).
    const revisions = await t.db.articleRevision.findMany({ where: { articleId: { in: due.map((d) => d.id) } }, select: { id: true, articleId: true } });
    expect(events.map((e) => (e.data as { revisionId: string }).revisionId).sort()).toEqual(revisions.map((r) => r.id).sort());
    expect(await t.db.notification.count({ where: { kind: 'publishScheduled' } })).toBe(25);
  });

  it('when a batch fails, publishes the others one by one and leaves only the failing article due', async () => {
    const due = await dueArticles(12);
    const bad = due[5]!.id;
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW."articleId" = '${bad}'::uuid THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_one BEFORE INSERT ON "ArticleEvent" FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    try {
      const result = await runDueWork(t.db, { batchSize: 100 });
      expect(result.failed).toEqual([bad]);
      expect(result.published.sort()).toEqual(due.map((d) => d.id).filter((id) => id !== bad).sort());
      expect(await stateOf(bad)).toBe('SCHEDULED');
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_one ON "ArticleEvent"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION refuse_one()`);
    }
    expect((await runDueWork(t.db)).published).toEqual([bad]);
  });
});

describe('the scheduler, on the real clock', () => {
  it("dates each article the moment its own batch's transaction ran, not when the run began", async () => {
    await dueArticles(30);
    const before = new Date();
    const { published } = await runDueWork(t.db, { batchSize: 10 });
    const after = new Date();
    const rows = await t.db.article.findMany({ where: { state: 'PUBLISHED' }, select: { id: true, publishedAt: true, events: { select: { createdAt: true } } } });
    expect(rows).toHaveLength(30);
    const publishedAt = new Map(rows.map((row) => [row.id, row.publishedAt!.getTime()]));
    for (const row of rows) {
      expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(row.publishedAt!.getTime()).toBeLessThanOrEqual(after.getTime());
      expect(row.events.map((e) => e.createdAt)).toEqual([row.publishedAt]);
    }
    // In the order they went live, one instant per batch, not all one instant.
    const times = published.map((id) => publishedAt.get(id)!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)!).toBeGreaterThan(times[0]!);
  });

  it('two instances on one database, each working on two batches at once, publish each of 200+ due articles exactly once', async () => {
    const due = await dueArticles(220);
    // Two app instances: separate clients and pools on the same database, running at the same moment.
    const instanceA = createDb(t.url, { poolSize: 3 });
    const instanceB = createDb(t.url, { poolSize: 3 });
    try {
      const race = { concurrency: 2, batchSize: 20 };
      const [a, b] = await Promise.all([runDueWork(instanceA, race), runDueWork(instanceB, race)]);
      expect([...a.published, ...b.published].sort()).toEqual(due.map((d) => d.id).sort());
      expect(a.failed.concat(b.failed)).toEqual([]);
      // Both did a share of the work (neither waited for the other to finish).
      expect(a.published.length).toBeGreaterThan(0);
      expect(b.published.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
    }
    const events = await t.db.articleEvent.groupBy({ by: ['articleId'], where: { action: 'publishScheduled' }, _count: true });
    expect(events).toHaveLength(220);
    expect(events.every((e) => e._count === 1)).toBe(true);
    expect(await t.db.notification.count()).toBe(220);
    // Each batch queued the union of its articles' tags (now and a second later): every page is in it.
    const queued = new Set((await outbox()).flatMap((row) => row.tags));
    const slugs = await t.db.article.findMany({ where: { state: 'PUBLISHED' }, select: { slug: true } });
    expect(slugs.filter(({ slug }) => !queued.has(`article:${slug}`))).toEqual([]);
  }, 240_000);
});
