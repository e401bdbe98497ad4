import type { ResponsivePicture } from '../media/renditions';

/** Body images span the article column (max-w-2xl, 42rem) or the phone's width, as the lead image does. */
export const ARTICLE_COLUMN_SIZES = '(min-width: 42rem) 42rem, 100vw';

/** The renderer's image tag exactly as FigureImage writes it: src, then alt, both escaped. */
const RENDERED_IMAGE = /<img src="([^"]*)" alt="([^"]*)"\s*\/?>/g;

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Body images that are media-library items, as <picture>: AVIF and WebP sources and JPEG at the widths the
 * crop offers, with the box's width and height (no shift as they arrive). Runs on the renderer's HTML
 * before the sanitizer, which lets exactly this markup through; other images (external https ones) stay.
 * Lazy loading is added where the body is shown (server/media/lazy-body-images.ts), for every body image.
 */
export function responsiveBodyImages(html: string, pictureOf: (src: string) => ResponsivePicture | undefined): string {
  return html.replace(RENDERED_IMAGE, (tag, src: string, alt: string) => {
    const picture = pictureOf(src);
    if (!picture) return tag;
    const sizes = attribute(ARTICLE_COLUMN_SIZES);
    const sources = picture.sources.map((source) => `<source type="${attribute(source.type)}" srcset="${attribute(source.srcSet)}" sizes="${sizes}">`);
    const img = `<img src="${attribute(picture.src)}" srcset="${attribute(picture.srcSet)}" sizes="${sizes}" width="${picture.width}" height="${picture.height}" alt="${alt}">`;
    return `<picture>${sources.join('')}${img}</picture>`;
  });
}
