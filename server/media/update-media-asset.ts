import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { cacheTags } from '../site/cache-tags';
import { type EditorCrop, type Rect, clampFocal, cropRatio, fitCrop } from './crop-geometry';
import { mediaItemSelect, toMediaItem } from './media-item';
import type { UpdateMediaInput } from './media.schema';
import { articlesUsingImage } from './media-usage';

/**
 * Saves an image's library fields, rights end and crops. Its uploader and editors may; a journalist may
 * not rewrite the credit or rights of a colleague's photo. Crops are made valid for the image (inside it,
 * ratio kept) before they are stored. Returns the item and the public pages showing the image (a new
 * focal point or crop changes their rendition addresses), for the caller to revalidate.
 */
export async function updateMediaAsset({ db, actor, input }: { db: DbOrTx; actor: Actor; input: UpdateMediaInput }) {
  const asset = await db.mediaAsset.findUnique({ where: { id: input.id }, select: { uploadedById: true, width: true, height: true, storageKey: true } });
  if (!asset) throw new AppError('NOT_FOUND', 'There is no such image.');
  if (asset.uploadedById !== actor.id && !can(actor.role, 'article.editAny')) {
    throw new AppError('FORBIDDEN', 'Only the person who uploaded this image, or an editor, can change it.');
  }
  const size = asset.width && asset.height ? { width: asset.width, height: asset.height } : null;
  const cropOverrides: Partial<Record<EditorCrop, Rect>> = {};
  for (const [name, rect] of Object.entries(input.cropOverrides) as [EditorCrop, Rect][]) {
    if (size) cropOverrides[name] = fitCrop(size, rect, cropRatio(name));
  }
  const focal = clampFocal(input.focal);
  const row = await db.mediaAsset.update({
    where: { id: input.id },
    data: {
      caption: input.caption,
      credit: input.credit,
      copyright: input.copyright,
      keywords: [...new Set(input.keywords)],
      rightsEndAt: input.rightsEndAt,
      focalX: focal.x,
      focalY: focal.y,
      cropOverrides,
    },
    select: mediaItemSelect,
  });
  const live = await db.article.findMany({
    where: { state: 'PUBLISHED', ...articlesUsingImage({ assetId: input.id, storageKey: asset.storageKey }) },
    select: { slug: true },
  });
  return { item: toMediaItem(row), touchedTags: live.map((article) => cacheTags.article(article.slug)) };
}
