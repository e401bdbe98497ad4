import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import { openPreviewLink } from './open-preview-link';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });
const tokenOf = (url: string) => new URL(url).pathname.replace('/preview/', '');
const opens = async (url: string, now?: Date) => {
  const result = await openPreviewLink(t.db, { token: tokenOf(url), now });
  return 'refused' in result ? result.refused : result.article.headline;
};
const linkRows = () => t.db.previewLink.findMany({ orderBy: { id: 'asc' } });
const eventsOf = (articleId: string) =>
  t.db.articleEvent.findMany({ where: { articleId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, data: true } });

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-signs-preview-links';
});

async function newsroom() {
  const [olha, sam, dana, alex] = await Promise.all([
    createStaff(t.db, { name: 'Olha Hlushchenko' }),
    createStaff(t.db, { name: 'Sam Rivera' }),
    createStaff(t.db, { role: 'EDITOR', name: 'Dana Petrenko' }),
    createStaff(t.db, { role: 'ADMIN', name: 'Alex Morgan' }),
  ]);
  const people = { olha: actorFor(olha), sam: actorFor(sam), dana: actorFor(dana), alex: actorFor(alex) };
  const article = await createArticle(t.db, { authors: [people.olha], headline: 'A draft for the source' });
  return { ...people, article };
}

describe('preview links are stored, listed and audited', () => {
  it('records who made a link, for which article, when and until when, and logs it in the timeline', async () => {
    const { olha, dana, article } = await newsroom();
    const now = Date.now();
    const made = await as(dana).previewLink.create({ articleId: article.id, hours: 24 });
    expect(await opens(made.url)).toBe('A draft for the source');

    const [row] = await linkRows();
    expect(row).toMatchObject({ id: made.id, articleId: article.id, createdById: dana.id, revokedAt: null, expiresAt: made.expiresAt });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(Math.abs(row!.createdAt.getTime() - now)).toBeLessThan(60_000);
    expect(await eventsOf(article.id)).toEqual([
      { action: 'createPreviewLink', actorId: dana.id, data: { linkId: made.id, expiresAt: made.expiresAt.toISOString() } },
    ]);
    expect(await as(olha).previewLink.list({ articleId: article.id })).toEqual([
      expect.objectContaining({ id: made.id, createdByName: 'Dana Petrenko', status: 'active', revokedByName: null, canRevoke: true }),
    ]);
  });

  it('revokes one link: it stops working, the others keep working, and the revocation is logged', async () => {
    const { olha, dana, article } = await newsroom();
    const first = await as(dana).previewLink.create({ articleId: article.id });
    const second = await as(olha).previewLink.create({ articleId: article.id });
    expect(await as(olha).previewLink.revoke({ linkId: first.id })).toEqual({ revoked: 1 });
    expect(await as(olha).previewLink.revoke({ linkId: first.id })).toEqual({ revoked: 0 });

    expect(await opens(first.url)).toBe('revoked');
    expect(await opens(second.url)).toBe('A draft for the source');
    const listed = await as(dana).previewLink.list({ articleId: article.id });
    expect(listed.map((link) => [link.id, link.status, link.revokedByName])).toEqual([
      [second.id, 'active', null],
      [first.id, 'revoked', 'Olha Hlushchenko'],
    ]);
    expect((await eventsOf(article.id)).map((event) => [event.action, event.actorId])).toEqual([
      ['createPreviewLink', dana.id],
      ['createPreviewLink', olha.id],
      ['revokePreviewLink', olha.id],
    ]);
  });

  it('revokes all of an article’s links at once, in one logged step, leaving other articles’ links alone', async () => {
    const { olha, dana, alex, article } = await newsroom();
    const other = await createArticle(t.db, { authors: [olha] });
    const links = [await as(dana).previewLink.create({ articleId: article.id }), await as(olha).previewLink.create({ articleId: article.id })];
    const elsewhere = await as(olha).previewLink.create({ articleId: other.id });
    expect(await as(alex).previewLink.revokeAll({ articleId: article.id })).toEqual({ revoked: 2 });

    for (const link of links) expect(await opens(link.url)).toBe('revoked');
    expect(await opens(elsewhere.url)).not.toBe('revoked');
    const revocations = (await eventsOf(article.id)).filter((event) => event.action.startsWith('revoke'));
    expect(revocations).toEqual([{ action: 'revokeAllPreviewLinks', actorId: alex.id, data: { linkIds: links.map((link) => link.id) } }]);
  });

  it('lets a journalist revoke only what they may: their own links, or any on their own article', async () => {
    const { olha, sam, dana, article } = await newsroom();
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const olhas = await as(olha).previewLink.create({ articleId: live.id });
    const sams = await as(sam).previewLink.create({ articleId: live.id });
    const hidden = await as(dana).previewLink.create({ articleId: article.id });
    const before = { links: await linkRows(), events: await t.db.articleEvent.count() };

    await expect(as(sam).previewLink.revoke({ linkId: olhas.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(sam).previewLink.revoke({ linkId: hidden.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as(sam).previewLink.list({ articleId: article.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as(sam).previewLink.create({ articleId: article.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect({ links: await linkRows(), events: await t.db.articleEvent.count() }).toEqual(before);

    // "Revoke all" by someone who is neither author nor editor revokes their own links only.
    expect(await as(sam).previewLink.revokeAll({ articleId: live.id })).toEqual({ revoked: 1 });
    expect([await opens(olhas.url), await opens(sams.url)]).toEqual([live.headline, 'revoked']);
    const listed = await as(sam).previewLink.list({ articleId: live.id });
    expect(listed.map((link) => [link.id, link.canRevoke])).toEqual([
      [sams.id, false],
      [olhas.id, false],
    ]);
  });

  it('refuses to make a link for an archived article, or for longer than a week', async () => {
    const { dana, olha } = await newsroom();
    const archived = await createArticle(t.db, { authors: [olha], state: 'ARCHIVED' });
    await expect(as(dana).previewLink.create({ articleId: archived.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(as(dana).previewLink.create({ articleId: archived.id, hours: 24 * 7 + 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await t.db.previewLink.count()).toBe(0);
    expect(await t.db.articleEvent.count()).toBe(0);
  });
});

describe('a preview link stops working', () => {
  it('when its token was tampered with, or names no stored link', async () => {
    const { dana, article } = await newsroom();
    const made = await as(dana).previewLink.create({ articleId: article.id });
    expect(await opens(`${made.url}x`)).toBe('invalid');
    const [payload, signature] = tokenOf(made.url).split('.');
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), e: Date.now() + 9e11 })).toString('base64url');
    expect(await opens(`https://x.test/preview/${altered}.${signature}`)).toBe('invalid');
    await t.db.previewLink.delete({ where: { id: made.id } });
    expect(await opens(made.url)).toBe('invalid');
  });

  it('when it expires', async () => {
    const { dana, article } = await newsroom();
    const made = await as(dana).previewLink.create({ articleId: article.id, hours: 1 });
    expect(await opens(made.url, new Date(made.expiresAt.getTime() - 1))).toBe('A draft for the source');
    expect(await opens(made.url, made.expiresAt)).toBe('expired');
    expect((await as(dana).previewLink.list({ articleId: article.id }))[0]?.status).toBe('active');
  });

  it('when its maker is deactivated', async () => {
    const { dana, alex, article } = await newsroom();
    const made = await as(dana).previewLink.create({ articleId: article.id });
    await as(alex).staff.setActive({ userId: dana.id, active: false });
    expect(await opens(made.url)).toBe('makerDeactivated');
  });

  it('when the article leaves its maker’s scope: taken off the byline, or no longer an editor', async () => {
    const { olha, sam, dana, alex } = await newsroom();
    const shared = await createArticle(t.db, { authors: [olha, sam] });
    const samsLink = await as(sam).previewLink.create({ articleId: shared.id });
    const danasLink = await as(dana).previewLink.create({ articleId: shared.id });
    await t.db.byline.deleteMany({ where: { articleId: shared.id, userId: sam.id } });
    expect(await opens(samsLink.url)).toBe('outOfMakerScope');
    expect(await opens(danasLink.url)).toBe(shared.headline);
    await as(alex).staff.changeRole({ userId: dana.id, role: 'JOURNALIST' });
    expect(await opens(danasLink.url)).toBe('outOfMakerScope');
  });

  it('when the article is archived', async () => {
    const { olha, alex, article } = await newsroom();
    const made = await as(olha).previewLink.create({ articleId: article.id });
    await as(alex).article.archive({ id: article.id, expectedVersion: 1 });
    expect(await opens(made.url)).toBe('archived');
  });
});
