import type { DbOrTx } from '../db/client';
import { type ImageAsset, RENDITION_FORMATS, isOfferedRendition, parseRenditionPath, renditionStorageKey } from './renditions';
import { renditionBytes } from './generate-rendition';
import { imageAssetOf, imageAssetSelect } from './image-asset';
import { type MediaStorage, mediaUrl } from './storage';

export type MediaAnswer =
  | { status: 200; body: Buffer; contentType: string; cacheControl: string }
  | { status: 307; location: string; cacheControl: string }
  | { status: 404 };

/** Every address names its bytes for good (see renditions.ts), so answers are cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * How long a request waits for a rendition being encoded. Longer (a large AVIF on a busy machine), the
 * reader is sent to the original for now, uncached, and the rendition is finished for the next reader:
 * a cold cache never holds a page's images for long.
 */
export const RENDITION_WAIT_MS = 2500;

/** Answers GET /media/<path>: an original upload, or a rendition (made on first request). */
export async function serveMedia(db: DbOrTx, storage: MediaStorage, path: string, waitMs = RENDITION_WAIT_MS): Promise<MediaAnswer> {
  const rendition = parseRenditionPath(path);
  if (!rendition) return serveOriginal(db, storage, path);
  const row = await db.mediaAsset.findUnique({ where: { storageKey: rendition.original }, select: imageAssetSelect });
  const asset: ImageAsset | null = row && imageAssetOf(row);
  if (!asset) return { status: 404 };
  const contentType = RENDITION_FORMATS[rendition.format];
  if (!isOfferedRendition(asset, rendition)) {
    // An address from before the crop changed still works while its bytes are kept; none is made anew.
    const kept = await storage.get(renditionStorageKey(rendition));
    return kept ? { status: 200, body: kept, contentType, cacheControl: IMMUTABLE } : { status: 404 };
  }
  const tooLong = Symbol('too long');
  let timer: NodeJS.Timeout | undefined;
  const bytes = await Promise.race([
    renditionBytes(storage, rendition, () => storage.get(rendition.original)),
    new Promise<typeof tooLong>((resolve) => (timer = setTimeout(() => resolve(tooLong), waitMs))),
  ]).finally(() => clearTimeout(timer));
  if (bytes === tooLong) return { status: 307, location: mediaUrl(rendition.original), cacheControl: 'no-store' };
  return bytes ? { status: 200, body: bytes, contentType, cacheControl: IMMUTABLE } : { status: 404 };
}

async function serveOriginal(db: DbOrTx, storage: MediaStorage, storageKey: string): Promise<MediaAnswer> {
  const asset = await db.mediaAsset.findUnique({ where: { storageKey }, select: { mimeType: true } });
  const body = asset ? await storage.get(storageKey) : null;
  if (!asset || !body) return { status: 404 };
  return { status: 200, body, contentType: asset.mimeType, cacheControl: IMMUTABLE };
}
