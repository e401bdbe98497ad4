import type { JSONContent } from '@tiptap/core';
import type { DbOrTx } from '../db/client';
import { imageAssetOf, imageAssetSelect } from './image-asset';
import { type ResponsivePicture, responsivePicture } from './renditions';
import { mediaUrl } from './storage';

/** The src of every image in a body, in document order. */
function bodyImageSources(node: JSONContent, found: string[] = []): string[] {
  const src: unknown = node.attrs?.src;
  if (node.type === 'figureImage' && typeof src === 'string') found.push(src);
  for (const child of node.content ?? []) bodyImageSources(child, found);
  return found;
}

/**
 * The renditions of a body's library images (their src is the library's /media/ address), by src, as THE
 * renderer's `pictureOf` takes them: one query for the whole body. An image without known dimensions, or
 * not in the library, has none and keeps its plain <img>.
 */
export async function bodyPictures(db: DbOrTx, body: JSONContent): Promise<(src: string) => ResponsivePicture | undefined> {
  const keys = [...new Set(bodyImageSources(body).filter((src) => src.startsWith(mediaUrl(''))).map((src) => src.slice(mediaUrl('').length)))];
  const rows = keys.length === 0 ? [] : await db.mediaAsset.findMany({ where: { storageKey: { in: keys } }, select: imageAssetSelect });
  const pictures = new Map<string, ResponsivePicture>();
  for (const row of rows) {
    const image = imageAssetOf(row);
    if (image) pictures.set(mediaUrl(row.storageKey), responsivePicture(image, 'free'));
  }
  return (src) => pictures.get(src);
}
