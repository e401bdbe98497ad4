import { describe, expect, it } from 'vitest';
import { createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { findAuthor } from './site-pages';

const t = withTestDatabase();

describe('public author pages', () => {
  it('exist for someone with a live article, deactivated or not: bylines outlive accounts', async () => {
    const writer = await createStaff(t.db, { name: 'Olha Hlushchenko' });
    const former = await createStaff(t.db, { name: 'Left Last Year', active: false });
    await createArticle(t.db, { authors: [writer], state: 'PUBLISHED' });
    await createArticle(t.db, { authors: [former], state: 'PUBLISHED' });
    expect(await findAuthor(t.db, writer.slug)).toMatchObject({ name: 'Olha Hlushchenko' });
    expect(await findAuthor(t.db, former.slug)).toMatchObject({ name: 'Left Last Year' });
  });

  it('do not exist for staff who never had a live article: the admin, a drafting journalist, a deactivated account', async () => {
    const admin = await createStaff(t.db, { role: 'ADMIN' });
    const drafting = await createStaff(t.db);
    const deactivated = await createStaff(t.db, { active: false });
    const withdrawn = await createStaff(t.db);
    for (const state of ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'] as const) await createArticle(t.db, { authors: [drafting], state });
    await createArticle(t.db, { authors: [deactivated], state: 'DRAFT' });
    await createArticle(t.db, { authors: [withdrawn], state: 'UNPUBLISHED' });
    for (const person of [admin, drafting, deactivated, withdrawn]) expect(await findAuthor(t.db, person.slug)).toBeNull();
  });
});
