import type { Prisma } from '../db/generated/client';
import { newsroomDayOf } from '../text/newsroom-wall-time';
import { imageAssetOf } from './image-asset';
import type { MediaItem } from './media.schema';
import { jpegOfCrop } from './renditions';
import { mediaUrl } from './storage';

/** The columns a library item is read with (list, get and update answer the same shape). */
export const mediaItemSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  caption: true,
  credit: true,
  copyright: true,
  keywords: true,
  originalName: true,
  createdAt: true,
  rightsEndAt: true,
  focalX: true,
  focalY: true,
  cropOverrides: true,
  version: true,
  uploadedBy: { select: { name: true } },
  _count: { select: { leadOf: true } },
} as const satisfies Prisma.MediaAssetSelect;

const THUMBNAIL_WIDTH = 320;

/** The newsroom day a rights end closes: the end instant is the next day's first moment. */
const lastDayBefore = (end: Date, timeZone: string) => newsroomDayOf(new Date(end.getTime() - 1), timeZone);

export function toMediaItem(row: Prisma.MediaAssetGetPayload<{ select: typeof mediaItemSelect }>, timeZone: string): MediaItem {
  const image = imageAssetOf(row);
  return {
    id: row.id,
    url: mediaUrl(row.storageKey),
    thumbnailUrl: image ? jpegOfCrop(image, 'free', THUMBNAIL_WIDTH).url : mediaUrl(row.storageKey),
    width: row.width,
    height: row.height,
    caption: row.caption,
    credit: row.credit,
    copyright: row.copyright,
    keywords: row.keywords,
    originalName: row.originalName,
    uploadedBy: row.uploadedBy?.name ?? null,
    createdAt: row.createdAt,
    rightsEndAt: row.rightsEndAt,
    rightsLastDay: row.rightsEndAt && lastDayBefore(row.rightsEndAt, timeZone),
    focal: { x: row.focalX, y: row.focalY },
    cropOverrides: image?.overrides ?? {},
    leadUseCount: row._count.leadOf,
    version: row.version,
  };
}
