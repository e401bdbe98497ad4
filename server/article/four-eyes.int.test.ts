import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import type { ArticleContentInput } from './article.schema';

const t = withTestDatabase();
// These journeys take a dozen calls each: more than the default allows on a busy machine.
const JOURNEY_TIMEOUT = 90_000;
const as = (actor: Actor) => createCaller({ db: t.db, actor });

type Byline = ArticleContentInput['bylines'][number];

function content(sectionId: string, bylines: Byline[], words = 'Details: the body.'): ArticleContentInput {
  return {
    headline: 'Belousov arrives in Beijing',
    slug: '',
    standfirst: 'Experts note an intensification.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
    sectionId,
    tagIds: [],
    bylines,
    sources: [],
    leadImage: null,
  };
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** Everything a refused call must leave as it was: the row, its bylines, its events and revisions. */
async function fingerprint(articleId: string) {
  const [article, events, revisions] = await Promise.all([
    t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { bylines: true } }),
    t.db.articleEvent.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' } }),
    t.db.articleRevision.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' } }),
  ]);
  return { article, events, revisions };
}

const eventsOf = (articleId: string) =>
  t.db.articleEvent.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, comment: true, data: true } });
const revisionsOf = (articleId: string) =>
  t.db.articleRevision.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' }, select: { id: true, authorId: true, articleVersion: true, snapshot: true } });

async function newsroom() {
  const [olha, dana, erin, alex] = await Promise.all([
    createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Erin Walsh' }),
    createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
  ]);
  const section = await createSection(t.db);
  return { olha: actorFor(olha), dana: actorFor(dana), erin: actorFor(erin), alex: actorFor(alex), sectionId: section.id };
}

describe('four-eyes: nobody approves or publishes what they wrote or had their name on', () => {
  it('the reported bypass: an editor takes her byline off her own article in review; approving it is still refused', async () => {
    const { dana, erin, sectionId } = await newsroom();
    const { id } = await as(dana).article.create({ headline: 'Belousov arrives in Beijing', sectionId });
    await as(dana).article.save({ id, expectedVersion: 1, content: content(sectionId, [{ userId: dana.id }]) });
    await as(dana).article.submit({ id, expectedVersion: 2 });
    const unsigned = await as(dana).article.save({
      id,
      expectedVersion: 3,
      content: content(sectionId, [{ contributorName: 'Kateryna Outside' }]),
    });

    const before = await fingerprint(id);
    const refused = await failure(as(dana).article.approve({ id, expectedVersion: unsigned.version }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Four-eyes rule: you had a byline on this article, so another editor must approve it.');
    expect(await fingerprint(id)).toEqual(before);

    // The byline change is a content change of its own: a revision and a named event.
    const events = await eventsOf(id);
    expect(events.filter((event) => event.action === 'bylineChange')).toEqual([
      {
        action: 'bylineChange',
        actorId: dana.id,
        comment: 'Byline: Dana Petrenko removed, Kateryna Outside added',
        data: { removed: ['Dana Petrenko'], added: ['Kateryna Outside'] },
      },
    ]);
    const revisions = await revisionsOf(id);
    expect(revisions.map((revision) => revision.articleVersion)).toEqual([2, 4]);

    // Another editor may approve; Dana still may not publish what she wrote.
    await as(erin).article.approve({ id, expectedVersion: unsigned.version });
    const publishRefused = await failure(as(dana).article.publish({ id, expectedVersion: unsigned.version + 1 }));
    expect(publishRefused.message).toBe('Four-eyes rule: you had a byline on this article, so another editor must publish it.');
    await as(erin).article.publish({ id, expectedVersion: unsigned.version + 1 });

    // Putting her byline back on the live article makes a pending update: hers to write, never hers to publish.
    const { version: liveVersion } = await t.db.article.findUniqueOrThrow({ where: { id } });
    await as(dana).article.save({ id, expectedVersion: liveVersion, content: content(sectionId, [{ userId: dana.id }]) });
    await as(dana).article.submitUpdate({ id, expectedVersion: liveVersion + 1 });
    const pending = await fingerprint(id);
    const updateRefused = await failure(as(dana).article.publishUpdate({ id, expectedVersion: liveVersion + 2, note: null }));
    expect(updateRefused.code).toBe('FORBIDDEN');
    expect(updateRefused.message).toBe('Four-eyes rule: you have a byline on this article, so another editor must publish it.');
    expect(await fingerprint(id)).toEqual(pending);
  }, JOURNEY_TIMEOUT);

  it('an editor who never put her name on a piece she wrote cannot approve, schedule or publish it, but may send it back', async () => {
    const { olha, dana, erin, alex, sectionId } = await newsroom();
    const { id } = await as(olha).article.create({ headline: 'Belousov arrives in Beijing', sectionId });
    await as(olha).article.save({ id, expectedVersion: 1, content: content(sectionId, [{ userId: olha.id }], 'Olha wrote this.') });
    await as(olha).article.submit({ id, expectedVersion: 2 });
    await as(dana).article.save({ id, expectedVersion: 3, content: content(sectionId, [{ userId: olha.id }], 'Dana rewrote this.') });

    const before = await fingerprint(id);
    const refused = await failure(as(dana).article.approve({ id, expectedVersion: 4 }));
    expect(refused.message).toBe('Four-eyes rule: you wrote or changed its text, so another editor must approve it.');
    expect(await fingerprint(id)).toEqual(before);
    const desk = await as(dana).article.get({ id });
    expect(desk.actions.find((action) => action.action === 'approve')?.blockedBecause).toBe(refused.message);

    await as(dana).article.requestChanges({ id, expectedVersion: 4, comment: 'Check my rewrite' });
    await as(olha).article.submit({ id, expectedVersion: 5 });
    expect((await failure(as(dana).article.approve({ id, expectedVersion: 6 }))).code).toBe('FORBIDDEN');
    await as(erin).article.approve({ id, expectedVersion: 6 });
    const scheduleRefused = await failure(as(dana).article.schedule({ id, expectedVersion: 7, publishAt: '2099-01-01T09:00' }));
    expect(scheduleRefused.message).toBe('Four-eyes rule: you wrote or changed its text, so another editor must schedule it.');

    // The approval and the publication each point at the exact text they acted on.
    await as(alex).article.publish({ id, expectedVersion: 7 });
    const revisions = await revisionsOf(id);
    const events = await eventsOf(id);
    const approved = events.find((event) => event.action === 'approve');
    const published = events.find((event) => event.action === 'publish');
    expect(approved?.data).toEqual({ revisionId: revisions.at(-1)?.id });
    expect(published?.data).toEqual({ revisionId: revisions.at(-1)?.id });
    expect(revisions.map((revision) => revision.authorId)).toEqual([olha.id, dana.id]);

    // Dana (who wrote its reviewed text) and Erin write an update to the live piece: neither may publish it.
    await as(dana).article.save({ id, expectedVersion: 8, content: content(sectionId, [{ userId: olha.id }], 'Dana corrected.') });
    await as(erin).article.save({ id, expectedVersion: 9, content: content(sectionId, [{ userId: olha.id }], 'Erin corrected too.') });
    await as(erin).article.submitUpdate({ id, expectedVersion: 10 });
    for (const writer of [dana, erin]) {
      expect((await failure(as(writer).article.publishUpdate({ id, expectedVersion: 11, note: null }))).message).toBe(
        'Four-eyes rule: you wrote or changed this update, so another editor must publish it.',
      );
    }
    await as(alex).article.publishUpdate({ id, expectedVersion: 11, note: null });
    const updated = await t.db.article.findUniqueOrThrow({ where: { id }, include: { liveRevision: true } });
    expect(updated).toMatchObject({ updateState: null, updateWriterIds: [] });
    expect((updated.liveRevision?.snapshot as { body: unknown }).body).toEqual(content(sectionId, [], 'Erin corrected too.').body);
  }, JOURNEY_TIMEOUT);

  it('revisions never fold across a workflow step: what was submitted and what was approved are each kept', async () => {
    const { olha, erin, sectionId } = await newsroom();
    const { id } = await as(olha).article.create({ headline: 'Belousov arrives in Beijing', sectionId });
    await as(olha).article.save({ id, expectedVersion: 1, content: content(sectionId, [{ userId: olha.id }], 'First words.') });
    await as(olha).article.save({ id, expectedVersion: 2, content: content(sectionId, [{ userId: olha.id }], 'Submitted words.') });
    await as(olha).article.submit({ id, expectedVersion: 3 });
    await as(erin).article.requestChanges({ id, expectedVersion: 4, comment: 'More' });
    await as(olha).article.save({ id, expectedVersion: 5, content: content(sectionId, [{ userId: olha.id }], 'Revised words.') });
    await as(olha).article.submit({ id, expectedVersion: 6 });
    await as(erin).article.approve({ id, expectedVersion: 7 });

    const revisions = await revisionsOf(id);
    // Two quick saves by Olha fold into one; the save after the step starts a new revision.
    expect(revisions.map((revision) => revision.articleVersion)).toEqual([3, 6]);
    const events = await eventsOf(id);
    expect(events.filter((event) => event.action === 'submit').map((event) => event.data)).toEqual([
      { revisionId: revisions[0]?.id },
      { revisionId: revisions[1]?.id },
    ]);
  });

  it('with the setting off, an author may approve her own piece, and the event records that the rule was waived', async () => {
    const { dana, sectionId } = await newsroom();
    await t.db.newsroomSettings.create({ data: { id: 1, fourEyesApproval: false } });
    const { id } = await as(dana).article.create({ headline: 'Belousov arrives in Beijing', sectionId });
    await as(dana).article.save({ id, expectedVersion: 1, content: content(sectionId, [{ userId: dana.id }]) });
    await as(dana).article.submit({ id, expectedVersion: 2 });
    await as(dana).article.approve({ id, expectedVersion: 3 });
    await as(dana).article.publish({ id, expectedVersion: 4 });
    const [revision] = await revisionsOf(id);
    const events = await eventsOf(id);
    expect(events.filter((event) => ['approve', 'publish'].includes(event.action)).map((event) => event.data)).toEqual([
      { revisionId: revision?.id, fourEyesWaived: true },
      { revisionId: revision?.id, fourEyesWaived: true },
    ]);
    // Her update to her own live piece is let through too, and says so.
    await as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, [{ userId: dana.id }], 'Corrected.') });
    await as(dana).article.submitUpdate({ id, expectedVersion: 6 });
    await as(dana).article.publishUpdate({ id, expectedVersion: 7, note: null });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'publishUpdate', data: { fourEyesWaived: true } });
  });
});
