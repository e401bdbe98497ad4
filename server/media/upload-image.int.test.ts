import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTemporaryDataDir } from '../../test/integration/temporary-data-dir';
import { withTestDatabase } from '../../test/integration/test-database';
import { mediaStorage } from './storage';
import { uploadImage } from './upload-image';

const t = withTestDatabase();

/** What an agency's photo carries: description, rights, subject keywords and the photoshop:Credit line. */
const AGENCY_XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Ships in the strait</rdf:li></rdf:Alt></dc:description>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Reuters 2026</rdf:li></rdf:Alt></dc:rights>
<dc:subject><rdf:Bag><rdf:li>navy</rdf:li><rdf:li>strait</rdf:li></rdf:Bag></dc:subject>
<photoshop:Credit>Reuters / Jane Doe</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>`;
withTemporaryDataDir();

describe('uploadImage', () => {
  it('stores a real image without its metadata, with its dimensions', async () => {
    const actor = actorFor(await createStaff(t.db));
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Secret location' } })
      .toBuffer();
    const image = await uploadImage(t.db, { actor, bytes: photo });
    expect(image).toMatchObject({ width: 64, height: 48 });
    expect(image.url).toMatch(/^\/media\/[0-9a-f-]+\.jpg$/);
    const stored = await mediaStorage().get(image.url.replace('/media/', ''));
    expect((await sharp(stored!).metadata()).exif).toBeUndefined();
    expect(await t.db.mediaAsset.count()).toBe(1);
  });

  it('prefills caption, credit, copyright and keywords from the photo’s XMP, else its EXIF, and keeps its file name', async () => {
    const actor = actorFor(await createStaff(t.db));
    const agencyPhoto = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } })
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'Camera caption', Copyright: 'Camera owner', Make: 'Canon' } })
      .withXmp(AGENCY_XMP)
      .toBuffer();
    const image = await uploadImage(t.db, { actor, bytes: agencyPhoto, fileName: 'strait.jpg' });
    const expected = { caption: 'Ships in the strait', credit: 'Reuters / Jane Doe', copyright: '© Reuters 2026', keywords: ['navy', 'strait'] };
    expect(image).toMatchObject(expected);
    expect(await t.db.mediaAsset.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ ...expected, originalName: 'strait.jpg' });

    const cameraPhoto = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } })
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'Camera caption', Copyright: 'Camera owner', Artist: 'Sam Lee' } })
      .toBuffer();
    expect(await uploadImage(t.db, { actor, bytes: cameraPhoto })).toMatchObject({ caption: 'Camera caption', credit: 'Sam Lee', copyright: 'Camera owner', keywords: [] });
  });

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ['HTML pretending to be an image', Buffer.from('<html><script>alert(1)</script></html>')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s and stores nothing', async (_name, bytes) => {
    const actor = actorFor(await createStaff(t.db));
    await expect(uploadImage(t.db, { actor, bytes })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await t.db.mediaAsset.count()).toBe(0);
  });
});
