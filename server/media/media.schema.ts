import { z } from 'zod';
import { isCalendarDayKey } from '../text/newsroom-wall-time';
import { EDITOR_CROPS } from './crop-geometry';

/** Shared by the desk's image forms and the media procedures: one schema per input. */

const pixels = z.number().int().min(0).max(100_000);
export const cropRectSchema = z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) });
export const cropOverridesSchema = z.partialRecord(z.enum(EDITOR_CROPS), cropRectSchema);
export const focalPointSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });

const text = (max: number) => z.string().trim().max(max);

export const listMediaSchema = z.object({
  /** Words to find in caption, credit, copyright, keywords, file name or uploader's name; all must match. */
  query: text(200).default(''),
  /** The last item of the previous page. */
  cursor: z.uuid().optional(),
});

export const mediaIdSchema = z.object({ id: z.uuid() });

/** What the editor may change about an image: the library's fields, its rights and its crops. */
export const updateMediaSchema = z.object({
  id: z.uuid(),
  caption: text(2000),
  credit: text(300),
  copyright: text(300),
  keywords: z.array(text(100).min(1)).max(50),
  /** The last day the image may be used (a newsroom day, YYYY-MM-DD; its rights end when it does); null: no end. */
  rightsLastDay: z.string().refine(isCalendarDayKey, 'Choose a day that exists.').nullable(),
  focal: focalPointSchema,
  cropOverrides: cropOverridesSchema,
  /** The item's version the edit was made on: a save over someone else's newer one is refused. */
  expectedVersion: z.number().int().min(1),
});
export type UpdateMediaInput = z.infer<typeof updateMediaSchema>;

const rectOutput = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const mediaItemSchema = z.object({
  id: z.string(),
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  caption: z.string(),
  credit: z.string(),
  copyright: z.string(),
  keywords: z.array(z.string()),
  originalName: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.date(),
  /** When its usage rights end (the end of rightsLastDay), and that last day on the newsroom clock. */
  rightsEndAt: z.date().nullable(),
  rightsLastDay: z.string().nullable(),
  focal: z.object({ x: z.number(), y: z.number() }),
  cropOverrides: z.partialRecord(z.enum(EDITOR_CROPS), rectOutput),
  /** Articles with it as lead image. */
  leadUseCount: z.number(),
  /** Raised by every save (server/media/update-media-asset.ts). */
  version: z.number(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

export const mediaPageSchema = z.object({ items: z.array(mediaItemSchema), nextCursor: z.string().nullable() });

export const mediaUsageSchema = z.array(
  z.object({ id: z.string(), headline: z.string(), state: z.string(), as: z.enum(['lead', 'body']) }),
);
