import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Actor } from '../auth/actor';
import { createCaller } from '../api/root';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

describe('a headline another article already has', () => {
  it('is found by headline or address, listing only articles the person may see', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const existing = await createArticle(t.db, { authors: [sam], headline: 'Floods in Odesa' });
    await t.db.article.update({ where: { id: existing.id }, data: { slug: 'floods-in-odesa' } });
    const { id } = await as(olha).article.create({ headline: '', sectionId: null });

    expect(await as(dana).article.headlineTwins({ id, headline: ' floods in odesa ' })).toEqual({
      slugTaken: true,
      slug: 'floods-in-odesa',
      matches: [{ id: existing.id, headline: 'Floods in Odesa', state: 'DRAFT' }],
    });
    // Sam's draft is not Olha's to see: she hears only that the address is taken.
    expect(await as(olha).article.headlineTwins({ id, headline: 'Floods in Odesa' })).toEqual({ slugTaken: true, slug: 'floods-in-odesa', matches: [] });
    expect(await as(dana).article.headlineTwins({ id, headline: 'Floods in Mykolaiv' })).toEqual({ slugTaken: false, slug: 'floods-in-mykolaiv', matches: [] });
    // An article never matches itself.
    expect((await as(dana).article.headlineTwins({ id: existing.id, headline: 'Floods in Odesa' })).slugTaken).toBe(false);
  });
});
