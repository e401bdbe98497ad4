import { cropOverridesSchema } from './media.schema';
import type { ImageAsset } from './renditions';

/** The columns an image's crops and renditions are computed from; every reader selects these. */
export const imageAssetSelect = {
  storageKey: true,
  width: true,
  height: true,
  focalX: true,
  focalY: true,
  cropOverrides: true,
} as const;

type ImageAssetRow = {
  storageKey: string;
  width: number | null;
  height: number | null;
  focalX: number;
  focalY: number;
  cropOverrides: unknown;
};

/** The row as crop geometry reads it; null for an image without known dimensions (nothing to crop). */
export function imageAssetOf(row: ImageAssetRow): ImageAsset | null {
  if (!row.width || !row.height) return null;
  return {
    storageKey: row.storageKey,
    width: row.width,
    height: row.height,
    focal: { x: row.focalX, y: row.focalY },
    // Validated on the way in too; a stored value that no longer parses falls back to the focal point.
    overrides: cropOverridesSchema.catch({}).parse(row.cropOverrides),
  };
}
