import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createSection, createStaff } from '../../test/factories';
import { databaseFingerprint, withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import { articleAtAddress } from '../site/article-at-address';
import { listCorrections } from '../site/corrections';
import { rssFeed, sitemapXml } from '../site/feeds';
import { newsArticleJsonLd } from '../site/news-article-json-ld';
import { findPublishedArticle } from '../site/published-articles';
import type { ArticleContentInput } from './article.schema';

const t = withTestDatabase();
const JOURNEY_TIMEOUT = 60_000;

function as(actor: Actor, revalidated: string[][] = []) {
  const revalidatePublicPages = (tags: readonly string[]) => {
    revalidated.push([...tags]);
    return Promise.resolve();
  };
  return createCaller({ db: t.db, actor, revalidatePublicPages });
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

function content(sectionId: string, authorId: string, words: string, slug = ''): ArticleContentInput {
  return {
    headline: 'Ferry service resumes after storm',
    slug,
    standfirst: 'Crossings restart on Monday.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
    sectionId,
    tagIds: [],
    bylines: [{ userId: authorId }],
    sources: [],
    leadImage: null,
  };
}

/** A newsroom and an article of Olha's that went live through the workflow (Erin approved, Alex published). */
async function liveArticle() {
  const [olha, dana, erin, alex] = (
    await Promise.all([
      createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' }),
      createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
      createStaff(t.db, { role: 'EDITOR', name: 'Erin Walsh' }),
      createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
    ])
  ).map(actorFor) as [Actor, Actor, Actor, Actor];
  const { id: sectionId } = await createSection(t.db);
  const { id } = await as(olha).article.create({ headline: 'Ferry service resumes after storm', sectionId });
  await as(olha).article.save({ id, expectedVersion: 1, content: content(sectionId, olha.id, 'The ferry runs 12 times a day.') });
  await as(olha).article.submit({ id, expectedVersion: 2 });
  await as(erin).article.approve({ id, expectedVersion: 3 });
  await as(alex).article.publish({ id, expectedVersion: 4 });
  // Derived from the headline on the first save (with a piece of the id when another test took it).
  const { slug } = await t.db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  return { olha, dana, erin, alex, sectionId, id, slug };
}

const bodyReaders = async (slug: string) => (await findPublishedArticle(t.db, slug))?.bodyHtml;

describe('corrections: a live article changes only through a reviewed update', () => {
  it('an editor corrects, another approves with a Correction note; readers never see the unreviewed text', async () => {
    const { olha, dana, erin, sectionId, id, slug } = await liveArticle();
    expect(await bodyReaders(slug)).toBe('<p>The ferry runs 12 times a day.</p>');

    // Dana's correction waits beside the live copy, through her saves and the review.
    await as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, olha.id, 'The ferry runs 21 times a day.') });
    expect(await bodyReaders(slug)).toBe('<p>The ferry runs 12 times a day.</p>');
    const desk = await as(erin).article.get({ id });
    expect(desk.pendingUpdate).toMatchObject({ state: 'DRAFTING' });
    const diff = await as(erin).article.diffRevisions({ id, fromId: desk.pendingUpdate!.liveRevisionId, toId: desk.pendingUpdate!.workingRevisionId });
    expect(diff.find((field) => field.field === 'Body')?.parts.filter((part) => part.change !== 'same')).toEqual([
      { value: '12', change: 'removed' },
      { value: '21', change: 'added' },
    ]);

    // Publishing before review, or by the update's own writer, is refused and changes nothing.
    expect((await failure(as(erin).article.publishUpdate({ id, expectedVersion: 6, note: null }))).code).toBe('CONFLICT');
    await as(dana).article.submitUpdate({ id, expectedVersion: 6 });
    const before = await databaseFingerprint(t.db);
    const refused = await failure(as(dana).article.publishUpdate({ id, expectedVersion: 7, note: { kind: 'CORRECTION', text: 'Wrong count.' } }));
    expect(refused.message).toBe('Four-eyes rule: you wrote or changed this update, so another editor must publish it.');
    // The article's author cannot publish it either: she signed the piece.
    expect((await failure(as(olha).article.publishUpdate({ id, expectedVersion: 7, note: null }))).code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect(await bodyReaders(slug)).toBe('<p>The ferry runs 12 times a day.</p>');

    // Erin sends it back once, then approves it with a Correction note.
    await as(erin).article.requestUpdateChanges({ id, expectedVersion: 7, comment: 'Cite the timetable.' });
    await as(dana).article.submitUpdate({ id, expectedVersion: 8 });
    const revalidated: string[][] = [];
    await as(erin, revalidated).article.publishUpdate({
      id,
      expectedVersion: 9,
      note: { kind: 'CORRECTION', text: 'An earlier version of this article gave the wrong number of crossings.' },
    });
    expect(revalidated.flat()).toEqual(expect.arrayContaining([`article:${slug}`, 'corrections', 'feed', 'home']));

    const page = await findPublishedArticle(t.db, slug);
    expect(page?.bodyHtml).toBe('<p>The ferry runs 21 times a day.</p>');
    expect(page?.contentUpdatedAt).toBeInstanceOf(Date);
    expect(page?.notes).toMatchObject([{ kind: 'CORRECTION', text: 'An earlier version of this article gave the wrong number of crossings.' }]);
    expect(JSON.parse(newsArticleJsonLd(page!, 'The Ledger'))).toMatchObject({
      correction: [{ '@type': 'CorrectionComment', text: 'Correction: An earlier version of this article gave the wrong number of crossings.' }],
    });
    expect(await listCorrections(t.db)).toMatchObject([{ kind: 'CORRECTION', article: { slug, headline: 'Ferry service resumes after storm' } }]);
    expect(await rssFeed(t.db)).toContain('Correction (');

    // The history shows both live versions, the second pointing at the first.
    const revisions = await as(erin).article.revisions({ id });
    const live = revisions.filter((revision) => revision.wentLive);
    expect(live).toHaveLength(2);
    expect(live[0]?.previousLiveId).toBe(live[1]?.id);
    expect(live[0]?.steps.map((step) => step.action)).toContain('publishUpdate');
  }, JOURNEY_TIMEOUT);

  it('removing a note is an editor’s act with a reason, kept in the timeline', async () => {
    const { olha, dana, erin, sectionId, id } = await liveArticle();
    await as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, olha.id, 'Now with a timetable.') });
    await as(dana).article.submitUpdate({ id, expectedVersion: 6 });
    await as(erin).article.publishUpdate({ id, expectedVersion: 7, note: { kind: 'CLARIFICATION', text: 'Times are local.' } });
    const [note] = await t.db.articleNote.findMany({ where: { articleId: id } });

    const before = await databaseFingerprint(t.db);
    expect((await failure(as(olha).article.removeNote({ noteId: note!.id, reason: 'Mine.' }))).code).toBe('FORBIDDEN');
    expect((await failure(as(dana).article.removeNote({ noteId: note!.id, reason: ' ' }))).code).toBe('BAD_REQUEST');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    await as(dana).article.removeNote({ noteId: note!.id, reason: 'Published on the wrong article.' });
    expect(await listCorrections(t.db)).toEqual([]);
    expect(await t.db.articleNote.findUniqueOrThrow({ where: { id: note!.id } })).toMatchObject({ removedById: dana.id, removedReason: 'Published on the wrong article.' });
    expect(await t.db.articleEvent.findFirst({ where: { articleId: id, action: 'removeNote' } })).toMatchObject({
      actorId: dana.id,
      comment: 'Published on the wrong article.',
      data: { noteId: note!.id, kind: 'CLARIFICATION', text: 'Times are local.' },
    });
    expect((await failure(as(erin).article.removeNote({ noteId: note!.id, reason: 'Again.' }))).code).toBe('CONFLICT');
  }, JOURNEY_TIMEOUT);
  it('an editor discards an update with a reason: the working copy is the live copy again, the discarded text kept in the history', async () => {
    const { olha, dana, erin, sectionId, id, slug } = await liveArticle();
    await as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, olha.id, 'The ferry runs 40 times a day.') });

    // Not a journalist's call, not without a reason, and not twice.
    expect((await failure(as(olha).article.discardUpdate({ id, expectedVersion: 6, comment: 'Not needed.' }))).code).toBe('FORBIDDEN');
    expect((await failure(as(erin).article.discardUpdate({ id, expectedVersion: 6, comment: ' ' }))).code).toBe('BAD_REQUEST');
    await as(erin).article.discardUpdate({ id, expectedVersion: 6, comment: 'The count was right.' });

    const desk = await as(dana).article.get({ id });
    expect(desk.pendingUpdate).toBeNull();
    expect(desk).toMatchObject({ state: 'PUBLISHED', version: 7 });
    expect(JSON.stringify(desk.body)).toContain('The ferry runs 12 times a day.');
    expect(await bodyReaders(slug)).toBe('<p>The ferry runs 12 times a day.</p>');
    const events = await t.db.articleEvent.findMany({ where: { articleId: id, action: 'discardUpdate' } });
    expect(events).toMatchObject([{ actorId: erin.id, comment: 'The count was right.', data: { fromUpdateState: 'DRAFTING', toUpdateState: null } }]);
    const revisions = await t.db.articleRevision.findMany({ where: { articleId: id }, orderBy: { articleVersion: 'asc' }, select: { reason: true, snapshot: true } });
    expect(revisions.map((revision) => revision.reason)).toEqual(['edit', 'edit', 'restore']);
    expect(JSON.stringify(revisions[1]!.snapshot)).toContain('The ferry runs 40 times a day.');
    expect((await failure(as(erin).article.discardUpdate({ id, expectedVersion: 7, comment: 'Again.' }))).code).toBe('CONFLICT');

    // Discarding made Erin no writer of the article: Dana's next update is Erin's to publish.
    await as(dana).article.save({ id, expectedVersion: 7, content: content(sectionId, olha.id, 'The ferry runs 13 times a day.') });
    await as(dana).article.submitUpdate({ id, expectedVersion: 8 });
    await as(erin).article.publishUpdate({ id, expectedVersion: 9, note: null });
    expect(await bodyReaders(slug)).toBe('<p>The ferry runs 13 times a day.</p>');
  }, JOURNEY_TIMEOUT);
});

describe('notifications of an update’s steps', () => {
  /** Who was told what of this article's update steps of `kind`, by name. */
  async function told(id: string, kind: string) {
    const rows = await t.db.notification.findMany({ where: { articleId: id, kind }, select: { message: true, user: { select: { name: true } } } });
    return rows.map((row) => `${row.user.name}: ${row.message}`).toSorted();
  }

  it('reviewers hear of a submitted update; the author and the update’s writers of it sent back, published or discarded', async () => {
    const { olha, dana, erin, alex, sectionId, id } = await liveArticle();
    const headline = 'Ferry service resumes after storm';
    await as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, olha.id, 'The ferry runs 21 times a day.') });
    await as(dana).article.submitUpdate({ id, expectedVersion: 6 });
    // Every editor and admin but Dana herself; other tests' staff are reviewers too.
    const submitted = await told(id, 'submitUpdate');
    expect(submitted).toEqual(expect.arrayContaining([
      `${erin.name}: ${dana.name} submitted an update to “${headline}” for review`,
      `${alex.name}: ${dana.name} submitted an update to “${headline}” for review`,
    ]));
    expect(submitted.filter((line) => line.startsWith(`${dana.name}:`) || line.startsWith(`${olha.name}:`))).toEqual([]);

    await as(erin).article.requestUpdateChanges({ id, expectedVersion: 7, comment: 'Cite the timetable.' });
    expect(await told(id, 'requestUpdateChanges')).toEqual([
      `${dana.name}: ${erin.name} sent the update to “${headline}” back with changes requested: Cite the timetable.`,
      `${olha.name}: ${erin.name} sent the update to “${headline}” back with changes requested: Cite the timetable.`,
    ]);

    await as(dana).article.submitUpdate({ id, expectedVersion: 8 });
    await as(erin).article.publishUpdate({ id, expectedVersion: 9, note: null });
    expect(await told(id, 'publishUpdate')).toEqual([
      `${dana.name}: ${erin.name} published the update to “${headline}”`,
      `${olha.name}: ${erin.name} published the update to “${headline}”`,
    ]);

    await as(dana).article.save({ id, expectedVersion: 10, content: content(sectionId, olha.id, 'The ferry runs 40 times a day.') });
    await as(erin).article.discardUpdate({ id, expectedVersion: 11, comment: 'The count was right.' });
    expect(await told(id, 'discardUpdate')).toEqual([
      `${dana.name}: ${erin.name} discarded the update to “${headline}”: The count was right.`,
      `${olha.name}: ${erin.name} discarded the update to “${headline}”: The count was right.`,
    ]);
  }, JOURNEY_TIMEOUT);
});

describe('addresses that never break', () => {
  it('an editor changes a published slug with a reason; the old address moves, and no article may take it', async () => {
    const { olha, dana, sectionId, id, slug } = await liveArticle();

    const before = await databaseFingerprint(t.db);
    expect((await failure(as(olha).article.changeSlug({ id, expectedVersion: 5, slug: 'ferry-back', reason: 'Shorter.' }))).code).toBe('FORBIDDEN');
    // Saving a new slug is no way around it.
    expect((await failure(as(dana).article.save({ id, expectedVersion: 5, content: content(sectionId, olha.id, 'x', 'ferry-back') }))).code).toBe('BAD_REQUEST');
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const revalidated: string[][] = [];
    await as(dana, revalidated).article.changeSlug({ id, expectedVersion: 5, slug: 'ferry-back', reason: 'Shorter address for the print edition.' });
    expect(revalidated.flat()).toEqual(expect.arrayContaining([`article:${slug}`, 'article:ferry-back', 'sitemap']));
    expect(await articleAtAddress(t.db, slug)).toEqual({ kind: 'moved', slug: 'ferry-back' });
    expect((await articleAtAddress(t.db, 'ferry-back')).kind).toBe('live');
    const sitemap = await sitemapXml(t.db);
    expect(sitemap).toContain('/articles/ferry-back');
    expect(sitemap).not.toContain(`/articles/${slug}<`);

    // A new article can never take the old address, by hand or derived from its headline.
    const { id: other } = await as(olha).article.create({ headline: 'Another story', sectionId });
    const taken = await failure(as(olha).article.save({ id: other, expectedVersion: 1, content: content(sectionId, olha.id, 'y', slug) }));
    expect(taken.message).toContain('already used by another article');
    const derived = await as(olha).article.save({ id: other, expectedVersion: 1, content: { ...content(sectionId, olha.id, 'y'), headline: slug } });
    expect(derived.slug).not.toBe(slug);
    expect((await failure(as(dana).article.changeSlug({ id: other, expectedVersion: 2, slug, reason: 'Mine now.' }))).code).toBe('CONFLICT');

    // Going back to the first address takes it off the redirects; the second one redirects instead.
    await as(dana).article.changeSlug({ id, expectedVersion: 6, slug, reason: 'Back to the original.' });
    expect((await articleAtAddress(t.db, slug)).kind).toBe('live');
    expect(await articleAtAddress(t.db, 'ferry-back')).toEqual({ kind: 'moved', slug });
    expect(await t.db.articleEvent.findMany({ where: { articleId: id, action: 'changeSlug' }, select: { data: true }, orderBy: { createdAt: 'asc' } })).toEqual([
      { data: { from: slug, to: 'ferry-back' } },
      { data: { from: 'ferry-back', to: slug } },
    ]);
  }, JOURNEY_TIMEOUT);
});
