import { type CropName, type CropSource, type Rect, cropFor } from './crop-geometry';

/**
 * Renditions, pure: the resized, cropped, re-encoded copies of an image that pages serve. A rendition's
 * address names everything its bytes are made from (the original's key, which never changes, the crop
 * rectangle, the width and the format), so a new focal point or crop gives new addresses and every address
 * can be cached as immutable.
 */

export const RENDITION_FORMATS = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type RenditionFormat = keyof typeof RENDITION_FORMATS;

/** Widths offered in srcset; a crop narrower than one is not enlarged (its own width is offered instead). */
export const RENDITION_WIDTHS = [320, 640, 960, 1200, 1600, 2400] as const;

export type Rendition = { original: string; crop: Rect; width: number; format: RenditionFormat };

export type ImageAsset = CropSource & { storageKey: string };

/** The widths a crop is offered at: the standard ones it can fill, or its own width when it fills none. */
export function renditionWidths(crop: Rect): number[] {
  const widths = RENDITION_WIDTHS.filter((width) => width <= crop.width);
  return widths.length > 0 ? widths : [crop.width];
}

const rectSegment = (rect: Rect) => `${rect.x}-${rect.y}-${rect.width}-${rect.height}`;

export function renditionUrl(rendition: Rendition): string {
  return `/media/r/${rendition.original}/${rectSegment(rendition.crop)}/${rendition.width}.${rendition.format}`;
}

/** Where a rendition is kept in the media storage, beside its original (a flat key, as storage keys are). */
export function renditionStorageKey(rendition: Rendition): string {
  const stem = rendition.original.replace(/\.[a-z]+$/, '');
  return `r-${stem}-${rectSegment(rendition.crop)}-${rendition.width}.${rendition.format}`;
}

const URL_PATH = /^r\/([a-z0-9-]+\.[a-z]+)\/(\d{1,5})-(\d{1,5})-(\d{1,5})-(\d{1,5})\/(\d{1,5})\.(avif|webp|jpg)$/;

/** A rendition address (the part after /media/) read back, or null when it is not one. */
export function parseRenditionPath(path: string): Rendition | null {
  const match = URL_PATH.exec(path);
  if (!match) return null;
  const [, original, x, y, width, height, size, format] = match as unknown as [string, string, string, string, string, string, string, RenditionFormat];
  return { original, crop: { x: +x, y: +y, width: +width, height: +height }, width: +size, format };
}

const CROP_NAMES: CropName[] = ['16:9', '4:3', '1:1', 'free', 'card'];

/**
 * Whether the image's current crops include this rendition: only those are generated on request, so nobody
 * can make the server encode arbitrary rectangles and sizes.
 */
export function isOfferedRendition(asset: ImageAsset, rendition: Rendition): boolean {
  if (rendition.original !== asset.storageKey) return false;
  return CROP_NAMES.some((name) => {
    const crop = cropFor(asset, name);
    const sameCrop = crop.x === rendition.crop.x && crop.y === rendition.crop.y && crop.width === rendition.crop.width && crop.height === rendition.crop.height;
    return sameCrop && renditionWidths(crop).includes(rendition.width);
  });
}

/** What a <picture> needs: one srcset per format, the fallback JPEG, and the box to reserve. */
export type ResponsivePicture = {
  src: string;
  width: number;
  height: number;
  sources: { type: string; srcSet: string }[];
  srcSet: string;
};

export function responsivePicture(asset: ImageAsset, cropName: CropName): ResponsivePicture {
  const crop = cropFor(asset, cropName);
  const widths = renditionWidths(crop);
  const srcSet = (format: RenditionFormat) =>
    widths.map((width) => `${renditionUrl({ original: asset.storageKey, crop, width, format })} ${width}w`).join(', ');
  const largest = widths[widths.length - 1]!;
  return {
    src: renditionUrl({ original: asset.storageKey, crop, width: largest, format: 'jpg' }),
    width: crop.width,
    height: crop.height,
    sources: [
      { type: RENDITION_FORMATS.avif, srcSet: srcSet('avif') },
      { type: RENDITION_FORMATS.webp, srcSet: srcSet('webp') },
    ],
    srcSet: srcSet('jpg'),
  };
}

/**
 * One JPEG of a crop, the widest offered up to `wanted` (the narrowest when none is that small), with its
 * size: for JSON-LD and the share card (a 2400 px wide card crop gives exactly 1200×630).
 */
export function jpegOfCrop(asset: ImageAsset, cropName: CropName, wanted: number): { url: string; width: number; height: number } {
  const crop = cropFor(asset, cropName);
  const widths = renditionWidths(crop);
  const width = widths.filter((offered) => offered <= wanted).pop() ?? widths[0]!;
  return {
    url: renditionUrl({ original: asset.storageKey, crop, width, format: 'jpg' }),
    width,
    height: Math.round((width * crop.height) / crop.width),
  };
}
