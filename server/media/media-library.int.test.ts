import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createStaff } from '../../test/factories';
import { databaseFingerprint, withTestDatabase } from '../../test/integration/test-database';
import type { FrontSlot } from '../front/front-layout.schema';
import { getMediaItem } from './get-media-item';
import { listMedia } from './list-media';
import { updateMediaAsset } from './update-media-asset';

const t = withTestDatabase();

async function image(uploadedById: string, fields: { caption?: string; credit?: string; keywords?: string[] } = {}) {
  return t.db.mediaAsset.create({
    data: { storageKey: `${randomUUID()}.jpg`, mimeType: 'image/jpeg', byteSize: 1, width: 2400, height: 1600, uploadedById, ...fields },
  });
}

const edit = (id: string) => ({ id, caption: 'Ships', credit: 'Reuters', copyright: '', keywords: ['navy'], rightsLastDay: null, focal: { x: 0.5, y: 0.5 }, cropOverrides: {}, expectedVersion: 1 });

describe('the media library', () => {
  it('finds images by caption, credit, keyword and uploader, every word matching', async () => {
    const olha = await createStaff(t.db, { name: 'Olha Hlushchenko' });
    const sam = await createStaff(t.db, { name: 'Sam Lee' });
    const ships = await image(olha.id, { caption: 'Warships in the Taiwan Strait', credit: 'Reuters', keywords: ['navy'] });
    const parliament = await image(sam.id, { caption: 'The Verkhovna Rada', credit: 'AFP', keywords: ['politics'] });
    const ids = async (query: string) => (await listMedia({ db: t.db, query })).items.map((item) => item.id);
    expect(await ids('')).toEqual([parliament.id, ships.id]);
    expect(await ids('strait')).toEqual([ships.id]);
    expect(await ids('afp')).toEqual([parliament.id]);
    expect(await ids('navy')).toEqual([ships.id]);
    expect(await ids('hlushchenko')).toEqual([ships.id]);
    expect(await ids('reuters rada')).toEqual([]);
  });

  it('shows where an image appears: as lead image or in a body, among the articles the reader may open', async () => {
    const olha = await createStaff(t.db);
    const other = await createStaff(t.db);
    const photo = await image(olha.id);
    const lead = await createArticle(t.db, { authors: [olha], headline: 'Lead use' });
    await t.db.article.update({ where: { id: lead.id }, data: { leadImageId: photo.id } });
    const inBody = await createArticle(t.db, { authors: [olha], headline: 'Body use', state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: inBody.id }, data: { bodyHtml: `<figure><img src="/media/${photo.storageKey}" alt="" /></figure>` } });
    await createArticle(t.db, { authors: [olha], headline: 'Unrelated' });

    const { usage, item } = await getMediaItem({ db: t.db, actor: actorFor(olha), id: photo.id });
    expect(usage.map((use) => [use.headline, use.as]).sort()).toEqual([['Body use', 'body'], ['Lead use', 'lead']]);
    expect(item.leadUseCount).toBe(1);
    // Another journalist sees only the live article using it, not a colleague's draft.
    expect((await getMediaItem({ db: t.db, actor: actorFor(other), id: photo.id })).usage.map((use) => use.headline)).toEqual(['Body use']);
  });

  it('saves fields, rights and crops (made valid) for the uploader and editors, and names the live pages to refresh', async () => {
    const olha = await createStaff(t.db);
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const photo = await image(olha.id);
    const live = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: live.id }, data: { leadImageId: photo.id } });
    // Rights through 31 January on the newsroom clock (UTC by default): they end as 1 February begins.
    const rightsEndAt = new Date('2027-02-01T00:00:00Z');
    const result = await updateMediaAsset({
      db: t.db,
      actor: actorFor(olha),
      input: { ...edit(photo.id), rightsLastDay: '2027-01-31', focal: { x: 0.3, y: 0.4 }, cropOverrides: { '1:1': { x: 2000, y: 0, width: 900, height: 5 } } },
    });
    expect(result.item).toMatchObject({ caption: 'Ships', keywords: ['navy'], rightsEndAt, rightsLastDay: '2027-01-31', focal: { x: 0.3, y: 0.4 }, cropOverrides: { '1:1': { x: 1500, y: 0, width: 900, height: 900 } } });
    // Its page, and (a lead image: the teaser's thumbnail) every listing the article is on.
    const [section, author] = await Promise.all([
      t.db.section.findUniqueOrThrow({ where: { id: live.sectionId! } }),
      t.db.user.findUniqueOrThrow({ where: { id: olha.id } }),
    ]);
    expect(result.touchedTags).toEqual(
      [`article:${live.slug}`, `author:${author.slug}`, 'corrections', 'feed', 'home', 'section-fronts', `section:${section.slug}`, 'sitemap'].sort(),
    );
    await updateMediaAsset({ db: t.db, actor: actorFor(editor), input: { ...edit(photo.id), caption: 'By the editor', expectedVersion: result.item.version } });
    expect((await t.db.mediaAsset.findUniqueOrThrow({ where: { id: photo.id } })).caption).toBe('By the editor');
  });

  it('names only the article pages for an image in bodies, and the fronts showing it as an alternative teaser image', async () => {
    const olha = await createStaff(t.db);
    const photo = await image(olha.id);
    const inBody = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    await t.db.article.update({ where: { id: inBody.id }, data: { bodyHtml: `<figure><img src="/media/${photo.storageKey}" alt="" /></figure>` } });
    // A draft using it shows nowhere yet.
    const draft = await createArticle(t.db, { authors: [olha] });
    await t.db.article.update({ where: { id: draft.id }, data: { leadImageId: photo.id } });
    const edited = async (version: number) => (await updateMediaAsset({ db: t.db, actor: actorFor(olha), input: { ...edit(photo.id), expectedVersion: version } })).touchedTags;
    expect(await edited(1)).toEqual([`article:${inBody.slug}`]);

    const world = await t.db.section.create({ data: { name: 'World', slug: 'world' } });
    const slot: FrontSlot = { articleId: inBody.id, pinned: false, altHeadline: null, altImageId: null };
    const withAltImage = { ...slot, altImageId: photo.id };
    const layout = (lead: FrontSlot, top: FrontSlot[]) => ({ lead, top, blocks: [] });
    await t.db.front.create({ data: { key: 'home', layout: layout(slot, [slot, slot, withAltImage, slot]) } });
    await t.db.front.create({ data: { key: world.id, sectionId: world.id, layout: layout(withAltImage, [slot, slot, slot, slot]) } });
    expect(await edited(2)).toEqual([`article:${inBody.slug}`, 'home', 'section:world']);
  });

  it('refuses a journalist changing a colleague’s image, and changes nothing', async () => {
    const olha = await createStaff(t.db);
    const sam = await createStaff(t.db);
    const photo = await image(olha.id);
    const before = await databaseFingerprint(t.db);
    await expect(updateMediaAsset({ db: t.db, actor: actorFor(sam), input: edit(photo.id) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses a save made on an older version (a colleague saved in between) and keeps theirs', async () => {
    const olha = await createStaff(t.db);
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const photo = await image(olha.id);
    // Both opened version 1; the editor saves first.
    const first = await updateMediaAsset({ db: t.db, actor: actorFor(editor), input: { ...edit(photo.id), credit: 'AFP' } });
    expect(first.item.version).toBe(2);
    const before = await databaseFingerprint(t.db);
    await expect(updateMediaAsset({ db: t.db, actor: actorFor(olha), input: { ...edit(photo.id), credit: 'Reuters' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2 },
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    // Saving again on the version that refused it replaces the colleague's save, knowingly.
    const again = await updateMediaAsset({ db: t.db, actor: actorFor(olha), input: { ...edit(photo.id), credit: 'Reuters', expectedVersion: 2 } });
    expect(again.item).toMatchObject({ credit: 'Reuters', version: 3 });
  });

  it('records who changed which library fields, rights and crops in the audit log, with the change', async () => {
    const olha = await createStaff(t.db);
    const photo = await image(olha.id, { caption: 'Old caption', credit: 'Reuters' });
    await updateMediaAsset({
      db: t.db,
      actor: actorFor(olha),
      input: { ...edit(photo.id), caption: 'Ships', rightsLastDay: '2027-01-31', focal: { x: 0.25, y: 0.5 }, cropOverrides: { '1:1': { x: 0, y: 0, width: 800, height: 800 } } },
    });
    const events = await t.db.auditEvent.findMany({ where: { targetType: 'media', targetId: photo.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: olha.id,
      action: 'media.updated',
      // Only what changed: the credit and copyright stayed.
      before: { caption: 'Old caption', keywords: [], rightsEndAt: null, focalX: 0.5, cropOverrides: {} },
      after: { caption: 'Ships', keywords: ['navy'], rightsEndAt: '2027-02-01T00:00:00.000Z', focalX: 0.25, cropOverrides: { '1:1': { x: 0, y: 0, width: 800, height: 800 } } },
    });
    expect(Object.keys(events[0]!.after as object).sort()).toEqual(['caption', 'cropOverrides', 'focalX', 'keywords', 'rightsEndAt']);
    // A save that changes nothing records nothing.
    await updateMediaAsset({
      db: t.db,
      actor: actorFor(olha),
      input: { ...edit(photo.id), caption: 'Ships', rightsLastDay: '2027-01-31', focal: { x: 0.25, y: 0.5 }, cropOverrides: { '1:1': { x: 0, y: 0, width: 800, height: 800 } }, expectedVersion: 2 },
    });
    expect(await t.db.auditEvent.count({ where: { targetType: 'media', targetId: photo.id } })).toBe(1);
  });
});
