import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTemporaryDataDir } from '../../test/integration/temporary-data-dir';
import { withTestDatabase } from '../../test/integration/test-database';
import { mediaStorage } from './storage';
import { uploadImage } from './upload-image';

const t = withTestDatabase();
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
