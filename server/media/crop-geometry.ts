/**
 * Crop geometry, pure: where each named crop of an image lies, from the subject the editor marked (the
 * focal point) and any crop they adjusted by hand. Everything is in whole pixels of the stored original.
 */

export type Size = { width: number; height: number };
export type Rect = { x: number; y: number; width: number; height: number };
/** The subject, as fractions of the width and height (0..1). */
export type FocalPoint = { x: number; y: number };

/** The crops editors see and adjust. "free" is any shape; unadjusted it is the whole image. */
export const EDITOR_CROPS = ['16:9', '4:3', '1:1', 'free'] as const;
export type EditorCrop = (typeof EDITOR_CROPS)[number];
/** Every crop served: the editors' and the share card's (1200×630, the shape Facebook and LinkedIn show). */
export type CropName = EditorCrop | 'card';

const RATIOS: Record<Exclude<CropName, 'free'>, number> = { '16:9': 16 / 9, '4:3': 4 / 3, '1:1': 1, card: 1200 / 630 };

export type CropSource = Size & { focal: FocalPoint; overrides: Partial<Record<EditorCrop, Rect>> };

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** The aspect ratio a crop must keep, or null for the free crop. */
export function cropRatio(name: CropName): number | null {
  return name === 'free' ? null : RATIOS[name];
}

/** The largest rectangle of `ratio` inside the image, centred on the focal point as far as the edges allow. */
export function cropAround(image: Size, focal: FocalPoint, ratio: number): Rect {
  const width = Math.min(image.width, Math.round(image.height * ratio));
  const height = Math.min(image.height, Math.round(width / ratio));
  return placeAround(image, focal, { width, height });
}

function placeAround(image: Size, focal: FocalPoint, size: Size): Rect {
  const x = Math.round(clamp(focal.x * image.width - size.width / 2, 0, image.width - size.width));
  const y = Math.round(clamp(focal.y * image.height - size.height / 2, 0, image.height - size.height));
  return { x, y, ...size };
}

/**
 * A rectangle made valid for the image and the crop's ratio: at least 16 px, inside the image, the ratio
 * kept (its width decides, its centre stays where it can), so a hand-made crop or one sent by a client can never reach outside the picture.
 */
export function fitCrop(image: Size, rect: Rect, ratio: number | null): Rect {
  const minimum = Math.min(16, image.width, image.height);
  let width = clamp(Math.round(rect.width), minimum, image.width);
  let height = ratio === null ? clamp(Math.round(rect.height), minimum, image.height) : Math.round(width / ratio);
  if (ratio !== null && height > image.height) {
    height = image.height;
    width = Math.round(height * ratio);
  }
  // Shrunk or grown about its centre, then pushed back inside the image.
  const x = Math.round(clamp(rect.x + rect.width / 2 - width / 2, 0, image.width - width));
  const y = Math.round(clamp(rect.y + rect.height / 2 - height / 2, 0, image.height - height));
  return { x, y, width, height };
}

/** Where a named crop lies: the editor's adjustment if there is one, else around the focal point. */
export function cropFor(source: CropSource, name: CropName): Rect {
  const ratio = cropRatio(name);
  const override = name === 'card' ? undefined : source.overrides[name];
  if (override) return fitCrop(source, override, ratio);
  if (ratio === null) return { x: 0, y: 0, width: source.width, height: source.height };
  return cropAround(source, source.focal, ratio);
}

/**
 * A crop moved by (dx, dy) pixels and scaled by `scale` about its centre (`stretchX`/`stretchY` change only
 * one side: the free crop's shape), kept valid. The editor's buttons and arrow keys adjust crops this way.
 */
export function adjustCrop(
  image: Size,
  rect: Rect,
  ratio: number | null,
  change: { dx?: number; dy?: number; scale?: number; stretchX?: number; stretchY?: number },
): Rect {
  const scale = change.scale ?? 1;
  const width = rect.width * scale * (ratio === null ? (change.stretchX ?? 1) : 1);
  const height = rect.height * scale * (ratio === null ? (change.stretchY ?? 1) : 1);
  const centreX = rect.x + rect.width / 2 + (change.dx ?? 0);
  const centreY = rect.y + rect.height / 2 + (change.dy ?? 0);
  return fitCrop(image, { x: centreX - width / 2, y: centreY - height / 2, width, height }, ratio);
}

/** The focal point made valid (inside 0..1), for values from a click or a client. */
export function clampFocal(focal: FocalPoint): FocalPoint {
  return { x: clamp(focal.x, 0, 1), y: clamp(focal.y, 0, 1) };
}
