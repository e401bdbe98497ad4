import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { databaseFingerprint, withTestDatabase } from '../../test/integration/test-database';
import { transitionArticle } from '../article/transition-article';
import { runDueWork } from '../scheduler/run-due-work';
import { expiredImageArticles } from './expired-image-articles';

const t = withTestDatabase();
const NOW = new Date('2026-12-01T06:00:00Z');
const revalidate = async () => {};

async function imageEnding(rightsEndAt: Date | null) {
  return t.db.mediaAsset.create({ data: { storageKey: `${randomUUID()}.jpg`, mimeType: 'image/jpeg', byteSize: 1, width: 2400, height: 1600, rightsEndAt } });
}

/** An approved article by a journalist, with `image` as lead image or in its body; and an editor to publish it. */
async function approvedWith(image: { id: string; storageKey: string }, as: 'lead' | 'body') {
  const author = await createStaff(t.db);
  const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
  const article = await createArticle(t.db, { authors: [author], state: 'APPROVED' });
  await t.db.article.update({
    where: { id: article.id },
    data: as === 'lead'
      ? { leadImageId: image.id, leadImageCredit: 'Reuters', leadImageAlt: 'Ships' }
      : { bodyHtml: `<p>Details.</p><figure><img src="/media/${image.storageKey}" alt="Ships" /></figure>` },
  });
  return { article, editor };
}

describe('image usage rights', () => {
  it.each([['lead'], ['body']] as ['lead' | 'body'][])('refuses publishing an article whose %s image’s rights ran out, with the reason, and changes nothing', async (as) => {
    const { article, editor } = await approvedWith(await imageEnding(new Date(NOW.getTime() - 1)), as);
    const before = await databaseFingerprint(t.db);
    const what = as === 'lead' ? 'the lead image' : 'an image in the text';
    await expect(transitionArticle({ db: t.db, actor: editor, articleId: article.id, expectedVersion: article.version, action: 'publish', now: NOW, revalidate })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: { problems: [`Replace ${what}: its usage rights have run out`] },
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses scheduling past the rights end, and allows it before', async () => {
    const image = await imageEnding(new Date(NOW.getTime() + 3_600_000));
    const { article, editor } = await approvedWith(image, 'lead');
    const schedule = (publishAt: Date) =>
      transitionArticle({ db: t.db, actor: editor, articleId: article.id, expectedVersion: article.version, action: 'schedule', input: { publishAt }, now: NOW, revalidate });
    await expect(schedule(new Date(NOW.getTime() + 7_200_000))).rejects.toMatchObject({
      details: { problems: ['Replace the lead image or publish earlier: its usage rights end before the publish time'] },
    });
    await expect(schedule(new Date(NOW.getTime() + 1_800_000))).resolves.toMatchObject({ state: 'SCHEDULED' });
  });

  it('the scheduler holds back a scheduled article whose image rights ran out before its time', async () => {
    const image = await imageEnding(new Date(NOW.getTime() + 60_000));
    const { article } = await approvedWith(image, 'lead');
    await t.db.article.update({ where: { id: article.id }, data: { state: 'SCHEDULED', publishAt: NOW } });
    // Rights shortened after it was scheduled.
    await t.db.mediaAsset.update({ where: { id: image.id }, data: { rightsEndAt: new Date(NOW.getTime() - 1) } });
    const run = await runDueWork(t.db, { clock: () => NOW });
    expect(run).toMatchObject({ published: [], held: [article.id] });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe('APPROVED');
  });

  it('lists live articles whose image rights have run out, for the dashboard', async () => {
    const expired = await imageEnding(new Date(NOW.getTime() - 1));
    const current = await imageEnding(new Date(NOW.getTime() + 86_400_000));
    const author = await createStaff(t.db);
    const live = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', headline: 'Live with expired image' });
    await t.db.article.update({ where: { id: live.id }, data: { leadImageId: expired.id } });
    const fine = await createArticle(t.db, { authors: [author], state: 'PUBLISHED', headline: 'Live with a current image' });
    await t.db.article.update({ where: { id: fine.id }, data: { leadImageId: current.id } });
    const draft = await createArticle(t.db, { authors: [author], state: 'DRAFT' });
    await t.db.article.update({ where: { id: draft.id }, data: { leadImageId: expired.id } });
    expect(await expiredImageArticles(t.db, NOW)).toEqual([{ id: live.id, headline: 'Live with expired image', rightsEndedAt: expired.rightsEndAt }]);
  });
});
