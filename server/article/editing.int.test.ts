import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import { findPublishedArticle } from '../site/published-articles';
import type { ArticleContentInput } from './article.schema';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

function contentWith(sectionId: string, authorId: string, words: string, headline = 'Russia and China strengthen defence cooperation – ISW'): ArticleContentInput {
  return {
    headline,
    slug: '',
    standfirst: 'Experts note an intensification.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] },
    sectionId,
    tagIds: [],
    bylines: [{ userId: authorId }],
    sources: [{ name: 'ISW', url: 'https://www.understandingwar.org/' }],
    leadImage: null,
  };
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error('expected a TRPCError');
  return error;
}

describe('saving article content', () => {
  it('stores the validated body, its rendering and plain text, and bumps the version', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const section = await createSection(t.db);
    const { id } = await as(olha).article.create({ headline: '', sectionId: null });
    const saved = await as(olha).article.save({ id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'Details: Belousov arrived.') });
    expect(saved).toMatchObject({ version: 2, state: 'DRAFT', slug: 'russia-and-china-strengthen-defence-cooperation-isw', wordCount: 3, readingMinutes: 1 });
    const row = await t.db.article.findUniqueOrThrow({ where: { id }, include: { sources: true, bylines: true } });
    expect(row.bodyHtml).toBe('<p>Details: Belousov arrived.</p>');
    expect(row.bodyText).toBe('Details: Belousov arrived.');
    expect(row.sources).toMatchObject([{ name: 'ISW', url: 'https://www.understandingwar.org/' }]);
  });

  it('autosave conflict: a save based on an old version is refused with who and when, and changes nothing', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const section = await createSection(t.db);
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    await as(dana).article.save({ id: article.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'Dana tightened it.') });
    const error = await failure(as(olha).article.save({ id: article.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'Olha typed over it.') }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^This article was changed by Dana Petrenko at /);
    expect(error.cause).toMatchObject({ details: { changedBy: 'Dana Petrenko', currentVersion: 2 } });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect({ version: row.version, text: row.bodyText }).toEqual({ version: 2, text: 'Dana tightened it.' });

    // "Load their version" first keeps the losing copy in the history.
    await as(olha).article.keepConflictCopy({ id: article.id, content: contentWith(section.id, olha.id, 'Olha typed over it.') });
    const revisions = await as(olha).article.revisions({ id: article.id });
    expect(revisions.map((r) => [r.reason, r.authorName])).toEqual([
      ['conflict-copy', 'Olha Hlushchenko'],
      ['edit', 'Dana Petrenko'],
    ]);
  });

  it('a journalist cannot save a colleague’s article, and it is unchanged', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const section = await createSection(t.db);
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id, state: 'PUBLISHED' });
    const error = await failure(as(sam).article.save({ id: article.id, expectedVersion: 1, content: contentWith(section.id, sam.id, 'Hijacked') }));
    expect(error.code).toBe('FORBIDDEN');
    const draft = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    expect((await failure(as(sam).article.save({ id: draft.id, expectedVersion: 1, content: contentWith(section.id, sam.id, 'Hijacked') }))).code).toBe('NOT_FOUND');
    const rows = await t.db.article.findMany({ where: { id: { in: [article.id, draft.id] } }, select: { version: true, bodyText: true } });
    expect(rows).toEqual([{ version: 1, bodyText: 'Details: the body.' }, { version: 1, bodyText: 'Details: the body.' }]);
  });

  it('refuses an unsafe body with a clear error and writes nothing', async () => {
    const olha = actorFor(await createStaff(t.db));
    const section = await createSection(t.db);
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    const content = contentWith(section.id, olha.id, 'x');
    content.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const error = await failure(as(olha).article.save({ id: article.id, expectedVersion: 1, content }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('is not allowed: links must start with https://');
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(1);
  });

  it('coalesces one author’s saves into one revision, and starts a new one for another author', async () => {
    const olha = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const section = await createSection(t.db);
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    await as(olha).article.save({ id: article.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'one') });
    await as(olha).article.save({ id: article.id, expectedVersion: 2, content: contentWith(section.id, olha.id, 'one two') });
    await as(dana).article.save({ id: article.id, expectedVersion: 3, content: contentWith(section.id, olha.id, 'one two three') });
    const revisions = await as(olha).article.revisions({ id: article.id });
    expect(revisions.map((r) => r.articleVersion)).toEqual([4, 3]);
  });

  it('an autosave folded into the revision (the quick path) stores the snapshot the full path stores for the same content', async () => {
    const olha = actorFor(await createStaff(t.db));
    const section = await createSection(t.db);
    const tag = await t.db.tag.create({ data: { name: 'Defence', slug: 'defence' } });
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    const content = { ...contentWith(section.id, olha.id, '  Belousov <arrived> “today”.  '), standfirst: '  Trimmed, with \\ and "quotes".  ', tagIds: [tag.id] };
    const snapshot = async () => (await t.db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { createdAt: 'desc' } })).snapshot;
    const bylineIds = async () => (await t.db.byline.findMany({ where: { articleId: article.id } })).map((byline) => byline.id);

    // The first save takes the full path (it records the revision with Prisma); the next two fold into it.
    await as(olha).article.save({ id: article.id, expectedVersion: 1, content });
    const byFullPath = await snapshot();
    const bylinesAfterFullPath = await bylineIds();
    await as(olha).article.save({ id: article.id, expectedVersion: 2, content: { ...content, body: contentWith(section.id, olha.id, 'else').body } });
    await as(olha).article.save({ id: article.id, expectedVersion: 3, content });

    // The full path rewrites the bylines; unchanged rows show the quick path wrote these saves.
    expect(await bylineIds()).toEqual(bylinesAfterFullPath);
    expect(await snapshot()).toEqual(byFullPath);
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(byFullPath).toMatchObject({ headline: row.headline, standfirst: row.standfirst, slug: row.slug, body: row.body, tagIds: [tag.id] });
    const revisions = await t.db.articleRevision.findMany({ where: { articleId: article.id } });
    expect(revisions.map((revision) => revision.articleVersion)).toEqual([4]);
  });

  it('restores an earlier revision as a new, logged revision', async () => {
    const olha = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const section = await createSection(t.db);
    const article = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    await as(olha).article.save({ id: article.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'The original wording.') });
    await as(dana).article.save({ id: article.id, expectedVersion: 2, content: contentWith(section.id, olha.id, 'A worse rewrite.') });
    const [rewrite, original] = await as(olha).article.revisions({ id: article.id });
    const diff = await as(olha).article.diffRevisions({ id: article.id, fromId: original!.id, toId: rewrite!.id });
    const body = diff.find((d) => d.field === 'Body')!.parts;
    const joined = (change: string) => body.filter((p) => p.change === change || p.change === 'same').map((p) => p.value).join('');
    expect(joined('removed')).toBe('The original wording.');
    expect(joined('added')).toBe('A worse rewrite.');
    expect(body.some((p) => p.change === 'removed') && body.some((p) => p.change === 'added')).toBe(true);
    expect(diff.find((d) => d.field === 'Headline')!.parts.every((p) => p.change === 'same')).toBe(true);
    await as(olha).article.restoreRevision({ id: article.id, revisionId: original!.id, expectedVersion: 3 });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect({ version: row.version, text: row.bodyText }).toEqual({ version: 4, text: 'The original wording.' });
    const history = await as(olha).article.revisions({ id: article.id });
    expect(history.map((r) => r.reason)).toEqual(['restore', 'edit', 'edit']);
    const events = await t.db.articleEvent.findMany({ where: { articleId: article.id } });
    expect(events.map((e) => e.action)).toEqual(['restoreRevision']);
  });

  it('makes a unique slug from the headline, and refuses a hand-typed slug that is taken', async () => {
    const olha = actorFor(await createStaff(t.db));
    const section = await createSection(t.db);
    const first = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    const second = await createArticle(t.db, { authors: [olha], sectionId: section.id });
    const a = await as(olha).article.save({ id: first.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'x') });
    const b = await as(olha).article.save({ id: second.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'y') });
    expect(a.slug).toBe('russia-and-china-strengthen-defence-cooperation-isw');
    expect(b.slug).toBe(`russia-and-china-strengthen-defence-cooperation-isw-${second.id.slice(-6)}`);
    const taken = { ...contentWith(section.id, olha.id, 'y'), slug: a.slug };
    expect((await failure(as(olha).article.save({ id: second.id, expectedVersion: 2, content: taken }))).message).toContain('is already used by another article');
  });

  it('an edit sends an approved or scheduled article back to review, and a live edit waits in a pending update', async () => {
    const olha = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const section = await createSection(t.db);
    const scheduled = await createArticle(t.db, { authors: [olha], sectionId: section.id, state: 'SCHEDULED' });
    await t.db.article.update({ where: { id: scheduled.id }, data: { publishAt: new Date(Date.now() + 3_600_000) } });
    await as(dana).article.save({ id: scheduled.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'changed') });
    expect(await t.db.article.findUniqueOrThrow({ where: { id: scheduled.id }, select: { state: true, publishAt: true } })).toEqual({ state: 'IN_REVIEW', publishAt: null });

    const live = await createArticle(t.db, { authors: [olha], sectionId: section.id, state: 'PUBLISHED' });
    await as(dana).article.save({ id: live.id, expectedVersion: 1, content: contentWith(section.id, olha.id, 'corrected') });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: live.id }, include: { events: true } });
    expect(row).toMatchObject({ state: 'PUBLISHED', contentUpdatedAt: null, updateState: 'DRAFTING', updateWriterIds: [dana.id] });
    expect(row.events.map((e) => e.action)).toEqual(['startUpdate']);
    // Readers keep the text that went live: the row as it was is pinned as the live copy.
    expect((await findPublishedArticle(t.db, live.slug))?.bodyHtml).toBe('<p>Details: the body.</p>');
  });
});
