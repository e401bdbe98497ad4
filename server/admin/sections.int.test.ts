import { describe, expect, it } from 'vitest';
import { articleFormOptions } from '../article/form-options';
import { findPublishedArticle } from '../site/published-articles';
import { findSection, listNavigationSections } from '../site/site-pages';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { adminSnapshot, callerAs } from './admin-test-support';
import { SECTION_HAS_ARTICLES } from './delete-section';

const t = withTestDatabase();

async function asAdmin() {
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  return { admin, api: callerAs(t.db, admin) };
}

const auditOf = (targetId: string) =>
  t.db.auditEvent.findMany({ where: { targetId }, orderBy: { id: 'asc' }, select: { actorId: true, action: true, targetType: true, before: true, after: true } });

describe('creating sections', () => {
  it('adds a section at the end, with an address from its name, and logs it', async () => {
    const { admin, api } = await asAdmin();
    const world = await api.section.create({ name: 'World', slug: '', description: 'Abroad.' });
    const sport = await api.section.create({ name: 'Sport & Games', slug: '', description: '' });
    expect(world).toMatchObject({ name: 'World', slug: 'world', position: 0, archivedAt: null, articleCount: 0, formerSlugs: [] });
    expect(sport).toMatchObject({ slug: 'sport-and-games', position: 1 });
    expect(await auditOf(world.id)).toEqual([
      {
        actorId: admin.id,
        action: 'section.created',
        targetType: 'section',
        before: null,
        after: { id: world.id, name: 'World', slug: 'world', description: 'Abroad.', position: 0 },
      },
    ]);
  });

  it('refuses a name or an address already taken, changing nothing', async () => {
    const { api } = await asAdmin();
    await api.section.create({ name: 'World', slug: '', description: '' });
    const before = await adminSnapshot(t.db);
    await expect(api.section.create({ name: 'world', slug: 'elsewhere', description: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.section.create({ name: 'Globe', slug: 'world', description: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.section.create({ name: 'Bad', slug: 'Not A Slug', description: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});

describe('renaming and describing sections', () => {
  it('keeps the old address redirecting to the new one, and logs before and after', async () => {
    const { admin, api } = await asAdmin();
    const section = await api.section.create({ name: 'Economy', slug: '', description: '' });
    const renamed = await api.section.update({ sectionId: section.id, name: 'Business', slug: 'business', description: 'Money.' });
    expect(renamed).toMatchObject({ name: 'Business', slug: 'business', description: 'Money.', formerSlugs: ['economy'] });
    expect(await findSection(t.db, 'economy')).toEqual({ section: null, redirectTo: 'business' });
    expect((await findSection(t.db, 'business')).section?.id).toBe(section.id);
    expect((await auditOf(section.id)).at(-1)).toEqual({
      actorId: admin.id,
      action: 'section.updated',
      targetType: 'section',
      before: { name: 'Economy', slug: 'economy', description: '' },
      after: { name: 'Business', slug: 'business', description: 'Money.' },
    });
  });

  it('follows a chain of renames, and renaming back makes the old address its own again', async () => {
    const { api } = await asAdmin();
    const section = await api.section.create({ name: 'Economy', slug: '', description: '' });
    await api.section.update({ sectionId: section.id, name: 'Business', slug: 'business', description: '' });
    await api.section.update({ sectionId: section.id, name: 'Markets', slug: 'markets', description: '' });
    expect(await findSection(t.db, 'economy')).toEqual({ section: null, redirectTo: 'markets' });
    expect(await findSection(t.db, 'business')).toEqual({ section: null, redirectTo: 'markets' });
    const back = await api.section.update({ sectionId: section.id, name: 'Economy', slug: 'economy', description: '' });
    expect(back.formerSlugs.sort()).toEqual(['business', 'markets']);
    expect((await findSection(t.db, 'economy')).section?.id).toBe(section.id);
  });

  it('only describing a section keeps its address and adds no redirect', async () => {
    const { api } = await asAdmin();
    const section = await api.section.create({ name: 'Culture', slug: '', description: '' });
    await api.section.update({ sectionId: section.id, name: 'Culture', slug: 'culture', description: 'Books and film.' });
    expect(await t.db.sectionSlugRedirect.count()).toBe(0);
  });

  it('will not hand another section an address that still redirects elsewhere', async () => {
    const { api } = await asAdmin();
    const economy = await api.section.create({ name: 'Economy', slug: '', description: '' });
    const other = await api.section.create({ name: 'Other', slug: '', description: '' });
    await api.section.update({ sectionId: economy.id, name: 'Business', slug: 'business', description: '' });
    const before = await adminSnapshot(t.db);
    await expect(api.section.update({ sectionId: other.id, name: 'Other', slug: 'economy', description: '' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('still redirects') as unknown,
    });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('answers NOT_FOUND for a section that does not exist', async () => {
    const { api } = await asAdmin();
    await expect(
      api.section.update({ sectionId: '0190a0a0-0000-7000-8000-000000000000', name: 'X', slug: 'x', description: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('reordering sections', () => {
  it('sets positions in the given order and logs the old and new order', async () => {
    const { api } = await asAdmin();
    const a = await api.section.create({ name: 'A', slug: '', description: '' });
    const b = await api.section.create({ name: 'B', slug: '', description: '' });
    const c = await api.section.create({ name: 'C', slug: '', description: '' });
    const result = await api.section.reorder({ sectionIds: [c.id, a.id, b.id] });
    expect(result.map((s) => [s.name, s.position])).toEqual([['C', 0], ['A', 1], ['B', 2]]);
    expect((await listNavigationSections(t.db)).map((s) => s.name)).toEqual(['C', 'A', 'B']);
    const audit = await t.db.auditEvent.findFirst({ where: { action: 'section.reordered' } });
    expect(audit).toMatchObject({
      before: { order: ['A', 'B', 'C'], ids: [a.id, b.id, c.id] },
      after: { order: ['C', 'A', 'B'], ids: [c.id, a.id, b.id] },
    });
  });

  it('refuses a list that misses or repeats a section', async () => {
    const { api } = await asAdmin();
    const a = await api.section.create({ name: 'A', slug: '', description: '' });
    const b = await api.section.create({ name: 'B', slug: '', description: '' });
    const before = await adminSnapshot(t.db);
    await expect(api.section.reorder({ sectionIds: [a.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.section.reorder({ sectionIds: [a.id, a.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api.section.reorder({ sectionIds: [b.id, a.id, '0190a0a0-0000-7000-8000-000000000000'] })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});

describe('archiving sections', () => {
  it('hides the section from navigation and the picker, while its published articles stay reachable', async () => {
    const { admin, api } = await asAdmin();
    const author = await createStaff(t.db);
    const section = await createSection(t.db, { name: 'Opinion' });
    const article = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', sectionId: section.id });

    const archived = await api.section.setArchived({ sectionId: section.id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect((await listNavigationSections(t.db)).map((s) => s.id)).not.toContain(section.id);
    expect((await articleFormOptions(t.db)).sections.map((s) => s.id)).not.toContain(section.id);
    // Still reachable: the article by its slug, and the section's own page.
    expect((await findPublishedArticle(t.db, article.slug))?.id).toBe(article.id);
    expect((await findSection(t.db, section.slug)).section?.id).toBe(section.id);
    expect((await api.section.list()).find((s) => s.id === section.id)).toMatchObject({ articleCount: 1 });

    await api.section.setArchived({ sectionId: section.id, archived: false });
    expect((await listNavigationSections(t.db)).map((s) => s.id)).toContain(section.id);
    expect((await auditOf(section.id)).map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ['section.archived', admin.id, { archivedAt: null }, { archivedAt: archived.archivedAt?.toISOString() }],
      ['section.unarchived', admin.id, { archivedAt: archived.archivedAt?.toISOString() }, { archivedAt: null }],
    ]);
  });

  it('archiving an archived section changes and logs nothing', async () => {
    const { api } = await asAdmin();
    const section = await createSection(t.db);
    await api.section.setArchived({ sectionId: section.id, archived: true });
    const before = await adminSnapshot(t.db);
    await api.section.setArchived({ sectionId: section.id, archived: true });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});

describe('deleting sections', () => {
  it('deletes an empty section, logging what it was', async () => {
    const { admin, api } = await asAdmin();
    const section = await api.section.create({ name: 'Temporary', slug: '', description: 'Oops.' });
    expect(await api.section.delete({ sectionId: section.id })).toEqual({ id: section.id });
    expect(await t.db.section.findUnique({ where: { id: section.id } })).toBeNull();
    expect((await auditOf(section.id)).at(-1)).toEqual({
      actorId: admin.id,
      action: 'section.deleted',
      targetType: 'section',
      before: { name: 'Temporary', slug: 'temporary', description: 'Oops.', position: 0 },
      after: null,
    });
  });

  it('refuses to delete a section with articles, in any state, with a message that says to archive it', async () => {
    const { api } = await asAdmin();
    const author = await createStaff(t.db);
    const section = await createSection(t.db);
    await createArticle(t.db, { authors: [author], state: 'DRAFT', sectionId: section.id });
    const before = await adminSnapshot(t.db);
    await expect(api.section.delete({ sectionId: section.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: SECTION_HAS_ARTICLES,
    });
    expect(SECTION_HAS_ARTICLES).toMatch(/cannot be deleted.*Archive it instead/);
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});
