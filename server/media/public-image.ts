import { imageAssetOf, imageAssetSelect } from './image-asset';
import { jpegOfCrop, responsivePicture } from './renditions';
import { mediaUrl } from './storage';

export const publicImageSelect = imageAssetSelect;

/** The crops Google asks for in an article's structured data, each at least 1200 px wide where the photo allows. */
const STRUCTURED_DATA_CROPS = ['16:9', '4:3', '1:1'] as const;
const LARGE_IMAGE_WIDTH = 1200;

/**
 * An image as public pages use it: the <picture> of its free crop (the whole photo unless the editor
 * cropped it), the 1200×630 share card, and the three structured-data crops. An image whose dimensions are
 * unknown falls back to its original everywhere.
 */
export function publicImage(row: Parameters<typeof imageAssetOf>[0]) {
  const url = mediaUrl(row.storageKey);
  const image = imageAssetOf(row);
  return {
    url,
    width: row.width,
    height: row.height,
    picture: image && responsivePicture(image, 'free'),
    card: image ? jpegOfCrop(image, 'card', LARGE_IMAGE_WIDTH) : { url, width: row.width, height: row.height },
    structuredDataUrls: image ? STRUCTURED_DATA_CROPS.map((crop) => jpegOfCrop(image, crop, LARGE_IMAGE_WIDTH).url) : [url],
  };
}
