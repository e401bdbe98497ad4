import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { cacheTags } from '../site/cache-tags';
import { newsroomSettings } from '../site/published-articles';
import { startOfNewsroomDay } from '../text/newsroom-wall-time';
import { type EditorCrop, type Rect, clampFocal, cropRatio, fitCrop } from './crop-geometry';
import { mediaItemSelect, toMediaItem } from './media-item';
import type { UpdateMediaInput } from './media.schema';
import { articlesUsingImage } from './media-usage';

/** The uploader and editors may change an image; a journalist may not rewrite a colleague's credit or rights. */
export function mayEditImage(actor: Actor, asset: { uploadedById: string | null }): boolean {
  return asset.uploadedById === actor.id || can(actor.role, 'article.editAny');
}

/**
 * Saves an image's library fields, rights end (through the last day given, on the newsroom clock) and
 * crops, for those `mayEditImage` lets. Crops are made valid for the image (inside it, ratio kept) before
 * they are stored. Returns the item and the public pages showing the image (a new
 * focal point or crop changes their rendition addresses), for the caller to revalidate.
 */
export async function updateMediaAsset({ db, actor, input }: { db: DbOrTx; actor: Actor; input: UpdateMediaInput }) {
  const asset = await db.mediaAsset.findUnique({ where: { id: input.id }, select: { uploadedById: true, width: true, height: true, storageKey: true } });
  if (!asset) throw new AppError('NOT_FOUND', 'There is no such image.');
  if (!mayEditImage(actor, asset)) {
    throw new AppError('FORBIDDEN', 'Only the person who uploaded this image, or an editor, can change it.');
  }
  const size = asset.width && asset.height ? { width: asset.width, height: asset.height } : null;
  const cropOverrides: Partial<Record<EditorCrop, Rect>> = {};
  for (const [name, rect] of Object.entries(input.cropOverrides) as [EditorCrop, Rect][]) {
    if (size) cropOverrides[name] = fitCrop(size, rect, cropRatio(name));
  }
  const focal = clampFocal(input.focal);
  const { timeZone } = await newsroomSettings(db);
  const row = await db.mediaAsset.update({
    where: { id: input.id },
    data: {
      caption: input.caption,
      credit: input.credit,
      copyright: input.copyright,
      keywords: [...new Set(input.keywords)],
      rightsEndAt: input.rightsLastDay && startOfNewsroomDay(input.rightsLastDay, timeZone, { daysLater: 1 }),
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
  return { item: toMediaItem(row, timeZone), touchedTags: live.map((article) => cacheTags.article(article.slug)) };
}
