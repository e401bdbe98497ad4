import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTemporaryDataDir } from '../../test/integration/temporary-data-dir';
import { withTestDatabase } from '../../test/integration/test-database';
import { publicImage } from './public-image';
import { type Rendition, parseRenditionPath, renditionStorageKey } from './renditions';
import { type MediaAnswer, serveMedia } from './serve-media';
import { type MediaStorage, mediaStorage } from './storage';
import { uploadImage } from './upload-image';

const t = withTestDatabase();
withTemporaryDataDir();

/** A camera photo: 2400×1600 with the camera's make and a GPS position in its EXIF. */
function cameraPhoto() {
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#4a6' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Canon', Model: 'EOS R5' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1' } })
    .toBuffer();
}

async function uploadedPhoto() {
  const actor = actorFor(await createStaff(t.db));
  const { id } = await uploadImage(t.db, { actor, bytes: await cameraPhoto() });
  return t.db.mediaAsset.findUniqueOrThrow({ where: { id } });
}

/** Counts writes, to see how often a rendition was encoded. */
function countingStorage(): MediaStorage & { puts: string[] } {
  const inner = mediaStorage();
  const puts: string[] = [];
  return { puts, get: (key) => inner.get(key), put: async (key, bytes) => (puts.push(key), inner.put(key, bytes)) };
}

const path = (url: string) => url.replace(/^\/media\//, '');
const ok = (answer: MediaAnswer) => {
  if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}`);
  return answer;
};

describe('renditions', () => {
  it('serves every source of the <picture> in its format, at its width, without camera or GPS data, for a year', async () => {
    const asset = await uploadedPhoto();
    const { picture } = publicImage(asset);
    expect(picture).toMatchObject({ width: 2400, height: 1600 });
    const urls = [...picture!.sources.flatMap((source) => source.srcSet.split(', ')), ...picture!.srcSet.split(', ')].map((entry) => entry.split(' ')[0]!);
    expect(urls).toHaveLength(18);
    const storage = mediaStorage();
    // Every second one (all three formats, several widths) keeps the test quick on a busy machine.
    for (const url of urls.filter((candidate, index) => index % 2 === 0 || candidate.includes('/2400.'))) {
      const rendition = parseRenditionPath(path(url))!;
      const answer = ok(await serveMedia(t.db, storage, path(url), 60_000));
      const metadata = await sharp(answer.body).metadata();
      expect({ type: answer.contentType, format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
        type: { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[rendition.format],
        format: { avif: 'heif', webp: 'webp', jpg: 'jpeg' }[rendition.format],
        width: rendition.width,
        height: Math.round((rendition.width * 1600) / 2400),
      });
      expect(metadata.exif).toBeUndefined();
      expect(answer.cacheControl).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves the 1200×630 share card and the uploaded original without EXIF either', async () => {
    const asset = await uploadedPhoto();
    const image = publicImage(asset);
    const card = ok(await serveMedia(t.db, mediaStorage(), path(image.card.url), 60_000));
    expect(await sharp(card.body).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    const original = ok(await serveMedia(t.db, mediaStorage(), asset.storageKey));
    expect((await sharp(original.body).metadata()).exif).toBeUndefined();
  });

  it('encodes a rendition once however many ask for it at the same time', async () => {
    const asset = await uploadedPhoto();
    const url = publicImage(asset).picture!.sources[0]!.srcSet.split(' ')[0]!;
    const storage = countingStorage();
    const answers = await Promise.all(Array.from({ length: 12 }, () => serveMedia(t.db, storage, path(url), 60_000)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    expect(storage.puts).toEqual([renditionStorageKey(parseRenditionPath(path(url))!)]);
  });

  it('sends the reader to the original, uncached, while a cold rendition takes long, and finishes it for the next', async () => {
    const asset = await uploadedPhoto();
    const url = publicImage(asset).picture!.sources[0]!.srcSet.split(', ').pop()!.split(' ')[0]!;
    const storage = mediaStorage();
    expect(await serveMedia(t.db, storage, path(url), 0)).toEqual({ status: 307, location: `/media/${asset.storageKey}`, cacheControl: 'no-store' });
    const key = renditionStorageKey(parseRenditionPath(path(url))!);
    await vi.waitFor(async () => expect(await storage.get(key)).not.toBeNull(), { timeout: 60_000, interval: 50 });
    expect(ok(await serveMedia(t.db, storage, path(url))).contentType).toBe('image/avif');
  });

  it('makes no rendition the image does not offer, and knows no unknown original', async () => {
    const asset = await uploadedPhoto();
    const arbitrary: Rendition = { original: asset.storageKey, crop: { x: 1, y: 1, width: 999, height: 999 }, width: 320, format: 'webp' };
    expect(await serveMedia(t.db, mediaStorage(), `r/${asset.storageKey}/1-1-999-999/320.webp`)).toEqual({ status: 404 });
    expect(await mediaStorage().get(renditionStorageKey(arbitrary))).toBeNull();
    expect(await serveMedia(t.db, mediaStorage(), `r/${asset.storageKey}/0-0-2400-1600/777.webp`)).toEqual({ status: 404 });
    expect(await serveMedia(t.db, mediaStorage(), 'r/0000-unknown.jpg/0-0-2400-1600/320.webp')).toEqual({ status: 404 });
  });
});
