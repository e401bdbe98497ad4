import { randomUUID } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { unstorableTextProblem } from '../text/storable-text';
import { readEmbeddedMetadata } from './embedded-metadata';
import { mediaStorage, mediaUrl } from './storage';

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

/** Formats we store and serve; SVG is deliberately absent (it can carry script). */
const FORMATS = { jpeg: { ext: 'jpg', mime: 'image/jpeg' }, png: { ext: 'png', mime: 'image/png' }, webp: { ext: 'webp', mime: 'image/webp' }, gif: { ext: 'gif', mime: 'image/gif' } } as const;

/**
 * Stores an uploaded image. The bytes are decoded (a file that only claims to be an image is refused),
 * re-encoded upright and without metadata (cameras put GPS positions in photos), and recorded as a
 * MediaAsset with its dimensions. The caption, credit, copyright and keywords the photo carries (IPTC, XMP,
 * EXIF) are read first and prefill the library's fields.
 */
export async function uploadImage(db: DbOrTx, { actor, bytes, fileName = '' }: { actor: Actor; bytes: Uint8Array; fileName?: string }) {
  if (bytes.byteLength === 0) throw new AppError('BAD_REQUEST', 'The file is empty.');
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new AppError('BAD_REQUEST', `The image is too large (${Math.round(bytes.byteLength / 1048576)} MB; the limit is 15 MB).`);
  }
  let format: keyof typeof FORMATS;
  let output: { data: Buffer; info: OutputInfo };
  try {
    const image = sharp(bytes, { animated: true });
    const metadata = await image.metadata();
    if (!(metadata.format in FORMATS)) throw new Error('unsupported');
    format = metadata.format as keyof typeof FORMATS;
    output = await image.rotate().toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError('BAD_REQUEST', 'This file is not a JPEG, PNG, WebP or GIF image.');
  }
  const { ext, mime } = FORMATS[format];
  const embedded = await readEmbeddedMetadata(bytes);
  const storageKey = `${randomUUID()}.${ext}`;
  await mediaStorage().put(storageKey, output.data);
  const asset = await db.mediaAsset.create({
    data: {
      storageKey,
      mimeType: mime,
      byteSize: output.data.byteLength,
      width: output.info.width,
      height: output.info.height,
      uploadedById: actor.id,
      ...embedded,
      // A name PostgreSQL cannot store (a NUL, a lone surrogate) is dropped, not refused: it is only a label.
      originalName: unstorableTextProblem(fileName) ? '' : fileName.slice(0, 255),
    },
    select: { id: true, storageKey: true, width: true, height: true },
  });
  return { id: asset.id, url: mediaUrl(asset.storageKey), width: asset.width, height: asset.height, ...embedded };
}
