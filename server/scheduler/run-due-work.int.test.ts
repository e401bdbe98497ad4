import { beforeEach, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createDb } from '../db/client';
import { runDueWork } from './run-due-work';

const t = withTestDatabase();
const T = new Date('2026-12-01T06:00:00Z');
const seconds = (n: number) => new Date(T.getTime() + n * 1000);
/** What the scheduler asked to revalidate, one entry per article it changed. */
let revalidated: (readonly string[])[] = [];
const revalidate = (tags: readonly string[]) => {
  revalidated.push(tags);
  return Promise.resolve();
};
beforeEach(() => {
  revalidated = [];
});

async function scheduledArticle(publishAt: Date, overrides: { headline?: string } = {}) {
  const author = await createStaff(t.db, { name: 'Olha Hlushchenko' });
  const article = await createArticle(t.db, { authors: [author], state: 'SCHEDULED', ...overrides });
  await t.db.article.update({ where: { id: article.id }, data: { publishAt } });
  return { article, author: actorFor(author) };
}

const stateOf = async (id: string) => (await t.db.article.findUniqueOrThrow({ where: { id } })).state;

describe('the scheduler, with an injected clock', () => {
  it('publishes at its time, not before, as the scheduler, and tells the author', async () => {
    const { article, author } = await scheduledArticle(T);
    expect(await runDueWork(t.db, { now: seconds(-1), revalidate })).toEqual({ published: [], held: [], unpublished: [], failed: [] });
    expect(await stateOf(article.id)).toBe('SCHEDULED');

    expect((await runDueWork(t.db, { now: T, revalidate })).published).toEqual([article.id]);
    expect(revalidated).toEqual([expect.arrayContaining([`article:${article.slug}`, 'home', 'feed', 'sitemap'])]);
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
    expect(row).toMatchObject({ state: 'PUBLISHED', publishedAt: T, publishAt: null });
    expect(row.events.map((e) => [e.action, e.actorId, e.fromState, e.toState])).toEqual([['publishScheduled', null, 'SCHEDULED', 'PUBLISHED']]);
    const notes = await t.db.notification.findMany({ where: { userId: author.id } });
    expect(notes.map((n) => n.message)).toEqual(['“Russia and China strengthen defence cooperation – ISW” went live as scheduled']);
    expect((await runDueWork(t.db, { now: seconds(5), revalidate })).published).toEqual([]);
  });

  it('catches up on everything that fell due while no instance was running, oldest first', async () => {
    const a = await scheduledArticle(seconds(-3600));
    const b = await scheduledArticle(seconds(-60));
    const c = await scheduledArticle(seconds(3600));
    expect((await runDueWork(t.db, { now: T, revalidate })).published).toEqual([a.article.id, b.article.id]);
    expect(await stateOf(c.article.id)).toBe('SCHEDULED');
  });

  it('holds an article that no longer qualifies, once, and tells the editors', async () => {
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const { article } = await scheduledArticle(T, { headline: '' });
    expect((await runDueWork(t.db, { now: T, revalidate })).held).toEqual([article.id]);
    expect(revalidated).toEqual([]); // held before ever going live: no reader saw it, nothing to revalidate
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
    expect(row.state).toBe('APPROVED');
    expect(row.events.map((e) => [e.action, e.comment])).toEqual([['holdScheduled', 'Not published: Add a headline']]);
    expect((await t.db.notification.findMany({ where: { userId: editor.id } })).map((n) => n.kind)).toEqual(['holdScheduled']);
    expect(await runDueWork(t.db, { now: seconds(10), revalidate })).toMatchObject({ held: [], published: [] });
  });

  it('unpublishes a live article when its unpublish time comes', async () => {
    const author = await createStaff(t.db);
    const article = await createArticle(t.db, { authors: [author], state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: article.id }, data: { unpublishAt: T } });
    expect((await runDueWork(t.db, { now: T, revalidate })).unpublished).toEqual([article.id]);
    expect(revalidated).toEqual([expect.arrayContaining([`article:${article.slug}`, 'home', 'feed', 'sitemap'])]);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ state: 'UNPUBLISHED', unpublishAt: null });
  });

  it('two instances on one database publish each article exactly once', async () => {
    const due = await Promise.all(Array.from({ length: 8 }, (_, i) => scheduledArticle(seconds(-i))));
    // Two app instances: separate clients and pools on the same database, running at the same moment.
    const instanceA = createDb(t.url, { poolSize: 3 });
    const instanceB = createDb(t.url, { poolSize: 3 });
    try {
      const [a, b] = await Promise.all([runDueWork(instanceA, { now: T, revalidate }), runDueWork(instanceB, { now: T, revalidate })]);
      expect([...a.published, ...b.published].sort()).toEqual(due.map((d) => d.article.id).sort());
      expect(a.failed.concat(b.failed)).toEqual([]);
    } finally {
      await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
    }
    const events = await t.db.articleEvent.groupBy({ by: ['articleId'], where: { action: 'publishScheduled' }, _count: true });
    expect(events).toHaveLength(8);
    expect(events.every((e) => e._count === 1)).toBe(true);
  });
});
