import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from '../api/root';

const t = withTestDatabase();

const as = (actor: Actor) => createCaller({ db: t.db, actor });
const rowOf = (id: string) =>
  t.db.article.findUniqueOrThrow({ where: { id }, select: { state: true, version: true, publishedAt: true, publishAt: true, unpublishAt: true } });
const eventsOf = (id: string) =>
  t.db.articleEvent.findMany({ where: { articleId: id }, orderBy: { createdAt: 'asc' }, select: { action: true, fromState: true, toState: true, comment: true, actorId: true } });

async function newsroom() {
  const [olha, sam, dana, erin, alex] = await Promise.all([
    createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' }),
    createStaff(t.db, { role: 'JOURNALIST', name: 'Sam Rivera' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Erin Walsh' }),
    createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
  ]);
  return { olha: actorFor(olha), sam: actorFor(sam), dana: actorFor(dana), erin: actorFor(erin), alex: actorFor(alex) };
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const result = await call.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(result instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(result)}`);
  return result;
}

describe('the review workflow through the tRPC procedures', () => {
  it('takes an article from draft to published, with every step in the timeline and the notifications sent', async () => {
    const { olha, dana } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha] });

    await as(olha).article.submit({ id: article.id, expectedVersion: 1 });
    await as(dana).article.requestChanges({ id: article.id, expectedVersion: 2, comment: 'Name the ISW analysts' });
    await as(olha).article.submit({ id: article.id, expectedVersion: 3 });
    await as(dana).article.approve({ id: article.id, expectedVersion: 4 });
    const published = await as(dana).article.publish({ id: article.id, expectedVersion: 5 });

    expect(published).toEqual({ id: article.id, state: 'PUBLISHED', version: 6 });
    expect((await rowOf(article.id)).publishedAt).toBeInstanceOf(Date);
    expect(await eventsOf(article.id)).toEqual([
      { action: 'submit', fromState: 'DRAFT', toState: 'IN_REVIEW', comment: null, actorId: olha.id },
      { action: 'requestChanges', fromState: 'IN_REVIEW', toState: 'CHANGES_REQUESTED', comment: 'Name the ISW analysts', actorId: dana.id },
      { action: 'submit', fromState: 'CHANGES_REQUESTED', toState: 'IN_REVIEW', comment: null, actorId: olha.id },
      { action: 'approve', fromState: 'IN_REVIEW', toState: 'APPROVED', comment: null, actorId: dana.id },
      { action: 'publish', fromState: 'APPROVED', toState: 'PUBLISHED', comment: null, actorId: dana.id },
    ]);
    const olhaHears = await as(olha).notification.list({});
    expect(olhaHears.unread).toBe(3);
    expect(olhaHears.items.map((n) => n.kind)).toEqual(['publish', 'approve', 'requestChanges']);
    expect(olhaHears.items[2]?.message).toContain('Name the ISW analysts');
    const danaHears = await as(dana).notification.list({});
    expect(danaHears.items.map((n) => n.kind)).toEqual(['submit', 'submit']);
  });

  it("refuses a journalist's publish call and leaves the row exactly as it was", async () => {
    const { olha } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const before = await rowOf(article.id);
    const error = await failure(as(olha).article.publish({ id: article.id, expectedVersion: 1 }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Your role cannot publish articles.');
    expect(await rowOf(article.id)).toEqual(before);
    expect(await eventsOf(article.id)).toEqual([]);
  });

  it('applies the four-eyes rule, and relaxes it when the setting is off', async () => {
    const { dana, erin } = await newsroom();
    const article = await createArticle(t.db, { authors: [dana], state: 'IN_REVIEW' });
    const error = await failure(as(dana).article.approve({ id: article.id, expectedVersion: 1 }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('Four-eyes rule');
    expect((await rowOf(article.id)).state).toBe('IN_REVIEW');

    await t.db.newsroomSettings.create({ data: { id: 1, fourEyesApproval: false } });
    await expect(as(dana).article.approve({ id: article.id, expectedVersion: 1 })).resolves.toMatchObject({ state: 'APPROVED' });
    await expect(as(erin).article.publish({ id: article.id, expectedVersion: 2 })).resolves.toMatchObject({ state: 'PUBLISHED' });
  });

  it('lists every missing precondition and changes nothing', async () => {
    const { olha } = await newsroom();
    const article = await t.db.article.create({
      data: { slug: 'empty-draft', headline: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } },
    });
    await t.db.byline.create({ data: { articleId: article.id, position: 0, userId: olha.id } });
    const error = await failure(as(olha).article.submit({ id: article.id, expectedVersion: 1 }));
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.cause).toMatchObject({ details: { problems: ['Add a headline', 'Write the body', 'Choose a section'] } });
    expect(await rowOf(article.id)).toMatchObject({ state: 'DRAFT', version: 1 });
  });

  it('requires a comment to request changes and a reason to unpublish', async () => {
    const { olha, dana } = await newsroom();
    const inReview = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    expect((await failure(as(dana).article.requestChanges({ id: inReview.id, expectedVersion: 1, comment: '  ' }))).code).toBe('BAD_REQUEST');
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    expect((await failure(as(dana).article.unpublish({ id: live.id, expectedVersion: 1, reason: '' }))).code).toBe('BAD_REQUEST');
    await as(dana).article.unpublish({ id: live.id, expectedVersion: 1, reason: 'Legal asked us to hold it' });
    expect((await eventsOf(live.id)).at(-1)).toMatchObject({ action: 'unpublish', comment: 'Legal asked us to hold it' });
  });

  it('schedules only in the future, in the newsroom time zone, and unschedules back to approved', async () => {
    const { olha, dana } = await newsroom();
    await t.db.newsroomSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const past = await failure(as(dana).article.schedule({ id: article.id, expectedVersion: 1, publishAt: '2020-01-01T09:00' }));
    expect(past.code).toBe('PRECONDITION_FAILED');
    expect(past.message).toContain('Choose a publish time in the future');
    const skipped = await failure(as(dana).article.schedule({ id: article.id, expectedVersion: 1, publishAt: '2099-03-29T03:30' }));
    expect(skipped.message).toBe('2099-03-29 03:30 does not exist in Europe/Kyiv: the clocks skip it. Choose another time.');
    // 09:00 in Kyiv on a winter day is 07:00 UTC.
    await as(dana).article.schedule({ id: article.id, expectedVersion: 1, publishAt: '2099-12-01T09:00' });
    expect(await rowOf(article.id)).toMatchObject({ state: 'SCHEDULED', publishAt: new Date('2099-12-01T07:00:00Z') });
    await as(dana).article.unschedule({ id: article.id, expectedVersion: 2 });
    expect(await rowOf(article.id)).toMatchObject({ state: 'APPROVED', publishAt: null });
  });

  it('schedules with an optional take-down time, reschedules in one step, and unpublishing drops the take-down', async () => {
    const { olha, dana } = await newsroom();
    await t.db.newsroomSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const early = await failure(
      as(dana).article.schedule({ id: article.id, expectedVersion: 1, publishAt: '2099-12-01T09:00', unpublishAt: '2099-12-01T08:00' }),
    );
    expect(early.message).toContain('Choose a take-down time after the publish time');
    expect(await rowOf(article.id)).toMatchObject({ state: 'APPROVED', version: 1, publishAt: null, unpublishAt: null });

    await as(dana).article.schedule({ id: article.id, expectedVersion: 1, publishAt: '2099-12-01T09:00', unpublishAt: '2099-12-08T18:30' });
    expect(await rowOf(article.id)).toMatchObject({
      state: 'SCHEDULED',
      publishAt: new Date('2099-12-01T07:00:00Z'),
      unpublishAt: new Date('2099-12-08T16:30:00Z'),
    });
    // Not even its own author, a journalist, may move the plan, whatever the UI shows.
    expect((await failure(as(olha).article.reschedule({ id: article.id, expectedVersion: 2, publishAt: '2099-12-02T09:00' }))).code).toBe('FORBIDDEN');
    // Summer time: 09:00 in Kyiv is 06:00 UTC. An empty take-down field means none.
    await as(dana).article.reschedule({ id: article.id, expectedVersion: 2, publishAt: '2099-07-01T09:00', unpublishAt: '' });
    expect(await rowOf(article.id)).toMatchObject({ state: 'SCHEDULED', version: 3, publishAt: new Date('2099-07-01T06:00:00Z'), unpublishAt: null });
    expect((await eventsOf(article.id)).map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['schedule', 'APPROVED', 'SCHEDULED'],
      ['reschedule', 'SCHEDULED', 'SCHEDULED'],
    ]);

    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: live.id }, data: { unpublishAt: new Date('2099-01-01T00:00:00Z') } });
    await as(dana).article.unpublish({ id: live.id, expectedVersion: 1, reason: 'Withdrawn' });
    expect(await rowOf(live.id)).toMatchObject({ state: 'UNPUBLISHED', unpublishAt: null });
  });

  it('answers a stale version with CONFLICT naming who changed it', async () => {
    const { olha, dana } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha] });
    await as(olha).article.submit({ id: article.id, expectedVersion: 1 });
    const error = await failure(as(dana).article.approve({ id: article.id, expectedVersion: 1 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^This article was changed by Olha Hlushchenko at .+; reload to see their changes\.$/);
  });

  it('hides a draft from journalists without a byline on it (NOT_FOUND, not FORBIDDEN)', async () => {
    const { olha, sam } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha] });
    expect((await failure(as(sam).article.submit({ id: article.id, expectedVersion: 1 }))).code).toBe('NOT_FOUND');
    expect((await failure(as(sam).article.get({ id: article.id }))).code).toBe('NOT_FOUND');
  });
});

describe('concurrent steps on one article', () => {
  it('two editors approving at once: exactly one succeeds, the other gets CONFLICT', async () => {
    const { olha, dana, erin } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    const results = await Promise.allSettled([
      as(dana).article.approve({ id: article.id, expectedVersion: 1 }),
      as(erin).article.approve({ id: article.id, expectedVersion: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await rowOf(article.id)).toMatchObject({ state: 'APPROVED', version: 2 });
    expect((await eventsOf(article.id)).map((e) => e.action)).toEqual(['approve']);
  });

  it('two publishes at once: published exactly once', async () => {
    const { olha, dana, alex } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    const results = await Promise.allSettled([
      as(dana).article.publish({ id: article.id, expectedVersion: 1 }),
      as(alex).article.publish({ id: article.id, expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await eventsOf(article.id)).filter((e) => e.action === 'publish')).toHaveLength(1);
    expect(await rowOf(article.id)).toMatchObject({ state: 'PUBLISHED', version: 2 });
  });
});
