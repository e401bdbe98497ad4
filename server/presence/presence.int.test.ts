import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { beat, PRESENCE_TTL_MS, takeOver, TYPING_LOCK_MS } from './presence';

const t = withTestDatabase();
const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 9) + ms);

describe('presence and the typing lock', () => {
  it('shows who else is here, and forgets a closed tab once its heartbeat stops', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const article = await createArticle(t.db, { authors: [olha] });
    await beat(t.db, { actor: olha, articleId: article.id, typing: false, now: at(0) });
    expect((await beat(t.db, { actor: dana, articleId: article.id, typing: false, now: at(1000) })).others).toEqual([
      { userId: olha.id, name: 'Olha Hlushchenko' },
    ]);
    expect((await beat(t.db, { actor: dana, articleId: article.id, typing: false, now: at(PRESENCE_TTL_MS + 1) })).others).toEqual([]);
  });

  it('warns the second typist, lets the lock lapse on its own, and lets an editor take over', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const sam = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const article = await createArticle(t.db, { authors: [olha, sam] });
    expect(await beat(t.db, { actor: olha, articleId: article.id, typing: true, now: at(0) })).toMatchObject({ holdsLock: true, typingBy: null });
    expect(await beat(t.db, { actor: dana, articleId: article.id, typing: true, now: at(1000) })).toMatchObject({
      holdsLock: false,
      typingBy: { userId: olha.id, name: 'Olha Hlushchenko' },
    });
    // Olha stopped typing (or closed the tab): the lock lapses without anyone releasing it.
    expect(await beat(t.db, { actor: dana, articleId: article.id, typing: true, now: at(TYPING_LOCK_MS + 1) })).toMatchObject({ holdsLock: true });

    await expect(takeOver(t.db, { actor: sam, articleId: article.id, now: at(TYPING_LOCK_MS + 2) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await beat(t.db, { actor: olha, articleId: article.id, typing: true, now: at(3 * TYPING_LOCK_MS) });
    await takeOver(t.db, { actor: dana, articleId: article.id, now: at(3 * TYPING_LOCK_MS + 1) });
    expect(await beat(t.db, { actor: olha, articleId: article.id, typing: true, now: at(3 * TYPING_LOCK_MS + 2) })).toMatchObject({
      holdsLock: false,
      typingBy: { name: 'Dana Petrenko' },
    });
    const events = await t.db.articleEvent.findMany({ where: { articleId: article.id } });
    expect(events.map((e) => [e.action, e.comment])).toEqual([['takeOver', 'Took over from Olha Hlushchenko']]);
  });

  it('only someone who may edit the article takes its typing lock: readers who cannot edit are refused, nothing written', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const reader = actorFor(await createStaff(t.db, { name: 'Not On The Byline' }));
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const inReview = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    const lockOf = (id: string) => t.db.article.findUniqueOrThrow({ where: { id }, select: { lockedById: true, lockExpiresAt: true, version: true } });
    const before = await Promise.all([lockOf(live.id), lockOf(inReview.id)]);

    // A journalist can read a live article but not edit one; an author cannot edit her piece while it is in review.
    for (const [actor, articleId] of [[reader, live.id], [olha, live.id], [olha, inReview.id]] as const) {
      await expect(beat(t.db, { actor, articleId, typing: true, now: at(0) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await Promise.all([lockOf(live.id), lockOf(inReview.id)])).toEqual(before);
    expect(await t.db.articlePresence.count()).toBe(0);

    // Reading is still shown to the others: a heartbeat without typing is fine.
    expect(await beat(t.db, { actor: reader, articleId: live.id, typing: false, now: at(1) })).toMatchObject({ holdsLock: false });
    expect(await t.db.articlePresence.count()).toBe(1);
  });
});
