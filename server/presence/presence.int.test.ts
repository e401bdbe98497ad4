import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { beat, PRESENCE_TTL_MS } from './presence';

const t = withTestDatabase();
const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 9) + ms);

describe('presence', () => {
  it('shows who else is here, and forgets a closed tab once its heartbeat stops', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const article = await createArticle(t.db, { authors: [olha] });
    await beat(t.db, { actor: olha, articleId: article.id, now: at(0) });
    expect((await beat(t.db, { actor: dana, articleId: article.id, now: at(1000) })).others).toEqual([{ userId: olha.id, name: 'Olha Hlushchenko' }]);
    expect((await beat(t.db, { actor: dana, articleId: article.id, now: at(PRESENCE_TTL_MS + 1) })).others).toEqual([]);
  });

  it('shows readers of a live article too, and nobody the article is hidden from', async () => {
    const olha = actorFor(await createStaff(t.db));
    const reader = actorFor(await createStaff(t.db, { name: 'Not On The Byline' }));
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const draft = await createArticle(t.db, { authors: [olha], state: 'DRAFT' });
    expect(await beat(t.db, { actor: reader, articleId: live.id, now: at(0) })).toEqual({ others: [] });
    await expect(beat(t.db, { actor: reader, articleId: draft.id, now: at(0) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.articlePresence.count()).toBe(1);
  });
});
