import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

describe('editorial comments', () => {
  it('authors and editors discuss, resolve and reopen; each step is in the timeline', async () => {
    const olha = actorFor(await createStaff(t.db, { name: 'Olha Hlushchenko' }));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }));
    const article = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    const { id } = await as(dana).comment.add({ articleId: article.id, body: 'Is “14 August” right? Should be October.' });
    await as(olha).comment.add({ articleId: article.id, body: 'It is what ISW wrote; adding a note.' });
    await as(olha).comment.setResolved({ commentId: id, resolved: true });
    await as(dana).comment.setResolved({ commentId: id, resolved: false });

    const thread = await as(olha).comment.list({ articleId: article.id });
    expect(thread.map((c) => [c.authorName, c.resolvedAt === null])).toEqual([
      ['Dana Petrenko', true],
      ['Olha Hlushchenko', true],
    ]);
    const events = await t.db.articleEvent.findMany({ where: { articleId: article.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['comment', 'comment', 'resolveComment', 'reopenComment']);
  });

  it('keeps a comment on words with its anchor, and refuses an anchor no browser could resolve', async () => {
    const olha = actorFor(await createStaff(t.db));
    const article = await createArticle(t.db, { authors: [olha], state: 'DRAFT' });
    const doc = new Y.Doc();
    const text = new Y.XmlText('Kyiv said on Friday');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    doc.getXmlFragment('body').insert(0, [paragraph]);
    const at = (index: number) => btoa(String.fromCharCode(...Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))));
    const anchor = { start: at(5), end: at(9), quote: 'said' };

    await as(olha).comment.add({ articleId: article.id, body: 'Who said it?', anchor });
    await as(olha).comment.add({ articleId: article.id, body: 'A general note.' });
    const thread = await as(olha).comment.list({ articleId: article.id });
    expect(thread.map((c) => c.anchor)).toEqual([anchor, null]);

    for (const bad of [{ ...anchor, start: 'not base64!' }, { ...anchor, end: '' }, { ...anchor, quote: '  ' }]) {
      await expect(as(olha).comment.add({ articleId: article.id, body: 'Bad anchor', anchor: bad })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await t.db.articleComment.count()).toBe(2);
  });

  it('keeps other journalists out, and refuses an empty comment', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const article = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    await expect(as(sam).comment.add({ articleId: article.id, body: 'Let me in' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(olha).comment.add({ articleId: article.id, body: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await t.db.articleComment.count()).toBe(0);
  });

  it('shows comment texts, request-changes notes and unpublish reasons in article.get only to the thread\'s readers', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const article = await createArticle(t.db, { authors: [olha], state: 'IN_REVIEW' });
    await as(dana).comment.add({ articleId: article.id, body: 'The source asked not to be named.' });
    await as(dana).article.requestChanges({ id: article.id, expectedVersion: 1, comment: 'Cut the second quote.' });
    await t.db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    await as(dana).article.unpublish({ id: article.id, expectedVersion: 2, reason: 'Legal asked us to.' });
    await t.db.article.update({ where: { id: article.id }, data: { state: 'PUBLISHED' } });
    const texts = ['The source asked not to be named.', 'Cut the second quote.', 'Legal asked us to.'];

    for (const reader of [olha, dana]) {
      const { timeline } = await as(reader).article.get({ id: article.id });
      expect(timeline.map((event) => event.comment).filter(Boolean)).toEqual(texts);
    }
    // Sam may read the live article, but not its thread: he sees the steps, not the words.
    const { timeline } = await as(sam).article.get({ id: article.id });
    expect(timeline.map((event) => event.action)).toEqual(['comment', 'requestChanges', 'unpublish']);
    expect(timeline.map((event) => event.comment)).toEqual([null, null, null]);
  });
});
