'use client';

import { useState } from 'react';
import { uploadImageFile } from '@/components/editor/upload-image';
import { ImageDetails } from '@/components/media/image-details';
import { MediaGrid } from '@/components/media/media-grid';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LabelledInput } from '@/components/ui/labelled-input';
import type { ArticleContentInput } from '@/server/article/article.schema';

type LeadImage = ArticleContentInput['leadImage'];

/**
 * The lead image with its caption, credit ("Stock photo: Getty Images") and alt text: uploaded (caption and
 * credit prefilled from the photo's metadata) or chosen from the media library, with its focal point,
 * crops and rights below (saved to the library image, for every article using it).
 */
export function LeadImageField({
  value,
  previewUrl,
  editable,
  onChange,
}: {
  value: LeadImage;
  /** URL of the stored image, for the thumbnail. */
  previewUrl: string | null;
  editable: boolean;
  onChange: (next: LeadImage, url: string | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  /** A new image for the article: what the article already says wins over what the library says. */
  const takeImage = (image: { id: string; url: string; caption: string; credit: string; copyright: string }) =>
    onChange(
      { assetId: image.id, caption: value?.caption || image.caption, credit: value?.credit || image.credit || image.copyright, alt: value?.alt ?? '' },
      image.url,
    );
  const set = (change: Partial<NonNullable<LeadImage>>) => value && onChange({ ...value, ...change }, previewUrl);

  return (
    <fieldset className="space-y-2">
      <legend id="lead-image-legend" className="text-sm font-medium">Lead image</legend>
      {value && previewUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of our own stored file
        <img src={previewUrl} alt={value.alt || 'Lead image preview'} className="w-full rounded border border-line" />
      )}
      {editable && (
        <label className="block text-sm">
          <span className="sr-only">Upload a lead image</span>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            aria-label="Upload a lead image"
            disabled={uploading}
            className="block w-full text-sm file:mr-2 file:rounded file:border file:border-line file:bg-paper file:px-2 file:py-1"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              setUploading(true);
              setError(null);
              try {
                takeImage(await uploadImageFile(file));
              } catch (caught) {
                setError((caught as Error).message);
              } finally {
                setUploading(false);
              }
            }}
          />
        </label>
      )}
      {editable && (
        <>
          <Button type="button" size="sm" variant="secondary" onClick={() => setChoosing(true)}>
            Choose from the library
          </Button>
          <Dialog open={choosing} onOpenChange={setChoosing} title="Media library" description="Every image uploaded to the newsroom. Choose one for this article.">
            <MediaGrid
              chooseLabel="Use as lead image"
              onChoose={(item) => {
                takeImage(item);
                setChoosing(false);
              }}
            />
          </Dialog>
        </>
      )}
      {uploading && <p className="text-sm text-muted">Uploading…</p>}
      {error && <p role="alert" className="text-sm text-danger">{error}</p>}
      {value && (
        <>
          <LabelledInput id="lead-image-caption" label="Caption" context="lead-image-legend" placeholder="What the photo shows, for readers" value={value.caption} editable={editable} onChange={(caption) => set({ caption })} />
          <LabelledInput id="lead-image-credit" label="Credit" context="lead-image-legend" placeholder="e.g. Stock photo: Getty Images" value={value.credit} editable={editable} onChange={(credit) => set({ credit })} />
          <LabelledInput id="lead-image-alt" label="Alt text" context="lead-image-legend" placeholder="What the image shows, for screen readers" value={value.alt} editable={editable} onChange={(alt) => set({ alt })} />
          {editable && (
            <button type="button" className="text-xs text-danger hover:underline" onClick={() => onChange(null, null)}>
              Remove lead image
            </button>
          )}
          <details className="rounded border border-line p-2" onToggle={(event) => setDetailsOpen(event.currentTarget.open)}>
            <summary className="cursor-pointer text-sm font-medium">Focal point, crops and rights</summary>
            {/* Loaded when opened: most saves of an article never need the library's copy. */}
            {detailsOpen && (
              <div className="mt-2">
                <ImageDetails id={value.assetId} editable={editable} />
              </div>
            )}
          </details>
        </>
      )}
    </fieldset>
  );
}
