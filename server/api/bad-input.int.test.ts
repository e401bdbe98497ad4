import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from './root';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

/** Every row of the tables a refused call could have written, to show that nothing changed. */
async function fingerprint() {
  const [articles, events, revisions, comments, sections, users, audit] = await Promise.all([
    t.db.article.findMany({ orderBy: { id: 'asc' } }),
    t.db.articleEvent.count(),
    t.db.articleRevision.count(),
    t.db.articleComment.count(),
    t.db.section.findMany({ orderBy: { id: 'asc' } }),
    t.db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, jobTitle: true, bio: true } }),
    t.db.auditEvent.count(),
  ]);
  return JSON.stringify({ articles, events, revisions, comments, sections, users, audit });
}

async function refusal(call: () => Promise<unknown>): Promise<TRPCError> {
  const before = await fingerprint();
  const error = await call().then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  expect(await fingerprint()).toBe(before);
  return error;
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function newsroom() {
  const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
  const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  const section = await createSection(t.db, { name: 'World' });
  const draft = await createArticle(t.db, { authors: [olha], sectionId: section.id });
  const content = { headline: 'Fine', slug: '', standfirst: '', body: doc('Fine.'), sectionId: section.id, tagIds: [], bylines: [{ userId: olha.id }], sources: [], leadImage: null };
  return { olha, dana, admin, section, draft, content };
}

describe('bad input is refused with a clear 400, nothing written', () => {
  it.each([
    ['a NUL byte', 'Head\u0000line', 'contains a NUL character'],
    ['a lone surrogate', 'Head\uD800line', 'lone UTF-16 surrogate'],
  ])('%s in any text field, nested body JSON included', async (_what, bad, words) => {
    const { olha, admin, section, draft, content } = await newsroom();
    const calls: [string, () => Promise<unknown>][] = [
      ['article.create', () => as(olha).article.create({ headline: bad })],
      ['article.save headline', () => as(olha).article.save({ id: draft.id, expectedVersion: draft.version, content: { ...content, headline: bad } })],
      ['article.save body', () => as(olha).article.save({ id: draft.id, expectedVersion: draft.version, content: { ...content, body: doc(bad) } })],
      ['article.save source', () => as(olha).article.save({ id: draft.id, expectedVersion: draft.version, content: { ...content, sources: [{ name: bad, url: '' }] } })],
      ['comment.add', () => as(olha).comment.add({ articleId: draft.id, body: bad })],
      ['profile.update', () => as(olha).profile.update({ name: bad, jobTitle: '', bio: '' })],
      ['section.create', () => as(admin).section.create({ name: bad })],
      ['section.update', () => as(admin).section.update({ sectionId: section.id, name: 'World', slug: section.slug, description: bad })],
      ['article.list search', () => as(olha).article.list({ q: bad })],
    ];
    for (const [name, call] of calls) {
      const error = await refusal(call);
      expect(error.code, name).toBe('BAD_REQUEST');
      expect(error.message, name).toContain(words);
    }
  });

  it('a section that does not exist, or is archived, when starting an article', async () => {
    const { olha, admin, section } = await newsroom();
    const missing = await refusal(() => as(olha).article.create({ headline: 'New', sectionId: '00000000-0000-4000-8000-000000000000' }));
    expect([missing.code, missing.message]).toEqual(['BAD_REQUEST', 'The chosen section does not exist.']);
    await as(admin).section.setArchived({ sectionId: section.id, archived: true });
    const archived = await refusal(() => as(olha).article.create({ headline: 'New', sectionId: section.id }));
    expect([archived.code, archived.message]).toEqual(['BAD_REQUEST', 'The chosen section is archived; pick another.']);
  });

  it('impossible calendar days: the calendar, the article list, scheduling', async () => {
    const { olha, dana } = await newsroom();
    const approved = await createArticle(t.db, { authors: [olha], state: 'APPROVED' });
    for (const day of ['2026-02-31', '2026-02-29', '2026-13-01', '9999-99-99']) {
      expect((await refusal(() => as(dana).calendar.get({ day }))).code, day).toBe('BAD_REQUEST');
      expect((await refusal(() => as(dana).article.list({ from: day }))).code, day).toBe('BAD_REQUEST');
      const scheduling = await refusal(() => as(dana).article.schedule({ id: approved.id, expectedVersion: approved.version, publishAt: `${day}T10:00` }));
      expect(scheduling.code, day).toBe('BAD_REQUEST');
    }
    const scheduling = await refusal(() => as(dana).article.schedule({ id: approved.id, expectedVersion: approved.version, publishAt: '2027-02-31T10:00' }));
    expect(scheduling.message).toBe('2027-02-31 10:00 is not a date and time on the calendar. Choose another.');
  });
});
