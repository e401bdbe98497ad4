import type { ResponsivePicture as Picture } from '@/server/media/renditions';

/**
 * An image in AVIF, WebP and JPEG at several widths (server/media/renditions.ts); the browser picks the
 * first format it decodes and the width `sizes` calls for. Width and height reserve the box before a byte
 * arrives (no layout shift). `priority` for the image a reader sees first (fetched at once, ahead of
 * others); every other image waits until it nears the viewport.
 */
export function ResponsivePicture({ picture, alt, sizes, priority = false, className }: { picture: Picture; alt: string; sizes: string; priority?: boolean; className?: string }) {
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={sizes}
        alt={alt}
        width={picture.width}
        height={picture.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
