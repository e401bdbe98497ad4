import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { databaseFingerprint, withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from '../api/root';
import { openPreviewLink } from '../preview/open-preview-link';
import { runDueWork } from '../scheduler/run-due-work';
import { articleAtAddress } from '../site/article-at-address';
import { instantToWallTime } from '../text/newsroom-wall-time';
import { listPublicEntries } from './list-entries';
import { createPreviewToken } from '../preview/preview-token';

const t = withTestDatabase();
const revalidated: string[][] = [];
const as = (actor: Actor) => createCaller({ db: t.db, actor, revalidatePublicPages: (tags) => Promise.resolve(void revalidated.push([...tags])) });
const HOUR = 3_600_000;

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-signs-preview-links';
});

async function newsroom() {
  const [olha, dana, erin, alex] = await Promise.all([
    createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Erin Walsh' }),
    createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
  ]);
  return { olha: actorFor(olha), dana: actorFor(dana), erin: actorFor(erin), alex: actorFor(alex) };
}

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const result = await call.then(() => null, (error: unknown) => error);
  if (!(result instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(result)}`);
  return result;
}

/** A wall-clock time on the newsroom's clock (the seeded zone), `ms` from now. */
async function wallTime(ms: number) {
  const settings = await t.db.newsroomSettings.findUnique({ where: { id: 1 } });
  return instantToWallTime(new Date(Date.now() + ms), settings?.timeZone ?? 'UTC').slice(0, 16);
}

const stateOf = async (id: string) => t.db.article.findUniqueOrThrow({ where: { id }, select: { state: true, version: true, embargoUntil: true, takedownGround: true, takedownNotice: true } });

describe('embargoes', () => {
  it('an editor sets one (logged); until it ends, the article cannot be published, scheduled before it or previewed', async () => {
    const { olha, dana } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });

    const before = await databaseFingerprint(t.db);
    expect((await refusal(as(olha).article.setEmbargo({ id: article.id, expectedVersion: 1, until: await wallTime(2 * HOUR) }))).code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const set = await as(dana).article.setEmbargo({ id: article.id, expectedVersion: 1, until: await wallTime(2 * HOUR) });
    expect(set.embargoUntil).toBeInstanceOf(Date);
    const embargoUntil = set.embargoUntil!;
    const events = await t.db.articleEvent.findMany({ where: { articleId: article.id }, select: { action: true, actorId: true, data: true } });
    expect(events).toEqual([{ action: 'embargoSet', actorId: dana.id, data: { from: null, to: embargoUntil.toISOString() } }]);

    const refused = await refusal(as(dana).article.publish({ id: article.id, expectedVersion: 2 }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain('Wait for the embargo to end');
    const early = await refusal(as(dana).article.schedule({ id: article.id, expectedVersion: 2, publishAt: await wallTime(HOUR) }));
    expect(early.message).toContain('Choose a publish time at or after the embargo');
    expect((await refusal(as(dana).previewLink.create({ articleId: article.id, hours: 24 }))).code).toBe('PRECONDITION_FAILED');
    expect((await stateOf(article.id)).state).toBe('APPROVED');
    expect(await articleAtAddress(t.db, article.slug)).toEqual({ kind: 'missing' });
  });

  it('a link made before the embargo stops working while it holds', async () => {
    const { olha, dana } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha] });
    const link = await t.db.previewLink.create({ data: { articleId: article.id, createdById: dana.id, expiresAt: new Date(Date.now() + 24 * HOUR) } });
    const token = createPreviewToken(link.id, link.expiresAt);
    expect(await openPreviewLink(t.db, { token })).toHaveProperty('article');
    await as(dana).article.setEmbargo({ id: article.id, expectedVersion: 1, until: await wallTime(HOUR) });
    expect(await openPreviewLink(t.db, { token })).toEqual({ refused: 'embargoed' });
  });

  it('the scheduler publishes at the planned time once the embargo has ended, and never before it', async () => {
    const { olha, dana, erin } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    await as(dana).article.setEmbargo({ id: article.id, expectedVersion: 1, until: await wallTime(HOUR) });
    const { embargoUntil } = await stateOf(article.id);
    await as(erin).article.schedule({ id: article.id, expectedVersion: 2, publishAt: await wallTime(HOUR) });

    expect((await runDueWork(t.db, { clock: () => new Date(embargoUntil!.getTime() - 1) })).published).toEqual([]);
    // Even a row edited by hand to fall due before its embargo waits for it (not held back).
    await t.db.article.update({ where: { id: article.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await runDueWork(t.db)).toEqual({ published: [], held: [], unpublished: [], failed: [] });
    expect((await stateOf(article.id)).state).toBe('SCHEDULED');
    expect((await runDueWork(t.db, { clock: () => embargoUntil! })).published).toEqual([article.id]);
    expect((await stateOf(article.id)).state).toBe('PUBLISHED');
  });

  it('cannot be put on a live article, and lifting or moving one is logged', async () => {
    const { olha, dana } = await newsroom();
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    expect((await refusal(as(dana).article.setEmbargo({ id: live.id, expectedVersion: 1, until: await wallTime(HOUR) }))).code).toBe('CONFLICT');

    const draft = await createArticle(t.db, { authors: [olha] });
    await as(dana).article.setEmbargo({ id: draft.id, expectedVersion: 1, until: await wallTime(HOUR) });
    await as(dana).article.setEmbargo({ id: draft.id, expectedVersion: 2, until: await wallTime(3 * HOUR) });
    await as(dana).article.setEmbargo({ id: draft.id, expectedVersion: 3, until: null });
    const actions = await t.db.articleEvent.findMany({ where: { articleId: draft.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(['embargoSet', 'embargoMoved', 'embargoLifted']);
    expect((await stateOf(draft.id)).embargoUntil).toBeNull();
  });
});

describe('takedowns', () => {
  it('takes a live article down on a legal order: 451 with its notice, locked, audited, only an admin undoes it', async () => {
    const { olha, dana, erin, alex } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    revalidated.length = 0;

    await as(dana).article.takeDown({ id: article.id, expectedVersion: 1, reason: 'Court order 12/26', ground: 'LEGAL', notice: 'Removed by court order.' });
    expect(await stateOf(article.id)).toMatchObject({ state: 'TAKEN_DOWN', takedownGround: 'LEGAL', takedownNotice: 'Removed by court order.' });
    expect(await articleAtAddress(t.db, article.slug)).toEqual({ kind: 'takenDown', legal: true, notice: 'Removed by court order.' });
    expect(revalidated.flat()).toContain(`article:${article.slug}`);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: article.id }, select: { action: true, actorId: true, after: true } });
    expect(audit).toEqual([{ action: 'article.takeDown', actorId: dana.id, after: { state: 'TAKEN_DOWN', reason: 'Court order 12/26', ground: 'LEGAL', notice: 'Removed by court order.' } }]);

    // Locked: no edits, no previews, no live-blog entries; an editor cannot undo it.
    const before = await databaseFingerprint(t.db);
    const content = { headline: 'Changed', slug: '' as const, standfirst: '', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }, sectionId: article.sectionId, tagIds: [], bylines: [{ userId: olha.id }], sources: [], leadImage: null };
    expect((await refusal(as(erin).article.save({ id: article.id, expectedVersion: 2, content }))).code).toBe('CONFLICT');
    expect((await refusal(as(erin).previewLink.create({ articleId: article.id, hours: 1 }))).code).toBe('PRECONDITION_FAILED');
    expect((await refusal(as(erin).article.reinstate({ id: article.id, expectedVersion: 2, reason: 'Order lifted' }))).code).toBe('FORBIDDEN');
    expect((await refusal(as(erin).article.republish({ id: article.id, expectedVersion: 2 }))).code).toBe('CONFLICT');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    await as(alex).article.reinstate({ id: article.id, expectedVersion: 2, reason: 'Order lifted' });
    expect(await stateOf(article.id)).toMatchObject({ state: 'UNPUBLISHED', takedownGround: null, takedownNotice: null });
    expect(await articleAtAddress(t.db, article.slug)).toEqual({ kind: 'withdrawn' });
  });

  it('a safety takedown answers 410 with the notice; a reason and a ground are required', async () => {
    const { olha, dana } = await newsroom();
    const article = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const before = await databaseFingerprint(t.db);
    expect((await refusal(as(dana).article.takeDown({ id: article.id, expectedVersion: 1, reason: ' ', ground: 'SAFETY' }))).code).toBe('BAD_REQUEST');
    expect(await databaseFingerprint(t.db)).toEqual(before);
    await as(dana).article.takeDown({ id: article.id, expectedVersion: 1, reason: 'Names a protected witness', ground: 'SAFETY' });
    expect(await articleAtAddress(t.db, article.slug)).toEqual({ kind: 'takenDown', legal: false, notice: null });
  });
});

describe('live blogs', () => {
  async function liveBlog() {
    const people = await newsroom();
    const article = await createArticle(t.db, { authors: [people.olha], state: 'PUBLISHED' });
    await as(people.dana).liveBlog.setEnabled({ id: article.id, expectedVersion: 1, isLiveBlog: true });
    revalidated.length = 0;
    return { ...people, article };
  }

  it("editors post at once; a journalist's entry waits until another editor approves it, then readers see it, newest first", async () => {
    const { olha, dana, erin, article } = await liveBlog();
    const first = await as(dana).liveBlog.post({ articleId: article.id, text: 'Explosions reported in the east.' });
    expect(first.status).toBe('POSTED');
    expect(revalidated).toEqual([[`article:${article.slug}`]]);

    const queued = await as(olha).liveBlog.post({ articleId: article.id, text: 'Air defence active over the capital.' });
    expect(queued.status).toBe('PENDING');
    expect((await listPublicEntries(t.db, article.slug))!.map((entry) => entry.text)).toEqual(['Explosions reported in the east.']);
    expect(revalidated.flat()).toEqual([`article:${article.slug}`]); // nothing readers see changed

    // The four-eyes rule: its author cannot approve it; the journalist cannot either.
    const before = await databaseFingerprint(t.db);
    expect((await refusal(as(olha).liveBlog.approve({ entryId: queued.id, expectedVersion: 1 }))).code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    await as(erin).liveBlog.approve({ entryId: queued.id, expectedVersion: 1 });
    const shown = await listPublicEntries(t.db, article.slug);
    expect(shown!.map((entry) => [entry.text, entry.authorName])).toEqual([
      ['Air defence active over the capital.', 'Olha Hlushchenko'],
      ['Explosions reported in the east.', 'Dana Petrenko'],
    ]);
    const row = await t.db.liveBlogEntry.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({ status: 'POSTED', approvedById: erin.id, authorId: olha.id });
  });

  it('editors hear of a waiting entry; its author hears whether it was posted or turned down', async () => {
    const { olha, dana, erin, alex, article } = await liveBlog();
    const told = async (kind: string) =>
      (await t.db.notification.findMany({ where: { articleId: article.id, kind }, select: { message: true, user: { select: { name: true } } } }))
        .map((row) => `${row.user.name}: ${row.message}`)
        .toSorted();
    await as(dana).liveBlog.post({ articleId: article.id, text: 'Posted at once: nobody is told.' });
    expect(await told('liveBlogEntryPosted')).toEqual([]);

    const kept = await as(olha).liveBlog.post({ articleId: article.id, text: 'Air defence active over the capital.' });
    const dropped = await as(olha).liveBlog.post({ articleId: article.id, text: 'Unconfirmed: a second blast.' });
    const waiting = await told('liveBlogEntryQueued');
    // Every editor and admin (other tests' staff too), never the journalist who sent it.
    for (const editor of [dana, erin, alex]) {
      expect(waiting.filter((line) => line === `${editor.name}: ${olha.name} sent an entry to the live blog “${article.headline}” for approval`)).toHaveLength(2);
    }
    expect(waiting.filter((line) => line.startsWith(`${olha.name}:`))).toEqual([]);

    await as(erin).liveBlog.approve({ entryId: kept.id, expectedVersion: 1 });
    await as(erin).liveBlog.remove({ entryId: dropped.id, expectedVersion: 1, reason: 'Not confirmed by two sources.' });
    expect(await told('liveBlogEntryApproved')).toEqual([`${olha.name}: ${erin.name} posted your entry to the live blog “${article.headline}”`]);
    expect(await told('liveBlogEntryRejected')).toEqual([
      `${olha.name}: ${erin.name} turned down your entry to the live blog “${article.headline}”: Not confirmed by two sources.`,
    ]);
  });

  it('an editor pins a key event, and edits or removes an entry only with a reason kept in the timeline', async () => {
    const { dana, erin, article } = await liveBlog();
    const entry = await as(dana).liveBlog.post({ articleId: article.id, text: 'Two killed in Kharkiv.' });
    await as(erin).liveBlog.pin({ entryId: entry.id, expectedVersion: 1, pinned: true });
    await as(erin).liveBlog.edit({ entryId: entry.id, expectedVersion: 2, text: 'Three killed in Kharkiv.', reason: 'Updated toll from the regional governor' });
    expect((await listPublicEntries(t.db, article.slug))!).toMatchObject([{ text: 'Three killed in Kharkiv.', pinned: true }]);

    // A stale version changes nothing.
    expect((await refusal(as(dana).liveBlog.remove({ entryId: entry.id, expectedVersion: 2, reason: 'Duplicate' }))).code).toBe('CONFLICT');
    await as(dana).liveBlog.remove({ entryId: entry.id, expectedVersion: 3, reason: 'Could not be confirmed' });
    expect(await listPublicEntries(t.db, article.slug)).toEqual([]);

    const events = await t.db.articleEvent.findMany({ where: { articleId: article.id, action: { startsWith: 'liveBlogEntry' } }, orderBy: { createdAt: 'asc' }, select: { action: true, comment: true, data: true } });
    expect(events).toEqual([
      { action: 'liveBlogEntryPosted', comment: null, data: { entryId: entry.id } },
      { action: 'liveBlogEntryPinned', comment: null, data: { entryId: entry.id } },
      { action: 'liveBlogEntryEdited', comment: 'Updated toll from the regional governor', data: { entryId: entry.id, before: 'Two killed in Kharkiv.' } },
      { action: 'liveBlogEntryRemoved', comment: 'Could not be confirmed', data: { entryId: entry.id } },
    ]);
  });

  it('shows nothing of a blog readers cannot see, and locks the entries of a taken-down one', async () => {
    const { dana, article } = await liveBlog();
    const entry = await as(dana).liveBlog.post({ articleId: article.id, text: 'Entry.' });
    await as(dana).article.takeDown({ id: article.id, expectedVersion: 2, reason: 'Court order', ground: 'LEGAL' });
    expect(await listPublicEntries(t.db, article.slug)).toBeNull();
    expect((await refusal(as(dana).liveBlog.post({ articleId: article.id, text: 'More.' }))).code).toBe('CONFLICT');
    expect((await refusal(as(dana).liveBlog.edit({ entryId: entry.id, expectedVersion: 1, text: 'x', reason: 'y' }))).code).toBe('CONFLICT');
  });
});
