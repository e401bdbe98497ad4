import { z } from 'zod';
import { EDITOR_CROPS } from './crop-geometry';

/** Shared by the desk's image forms and the media procedures: one schema per input. */

const pixels = z.number().int().min(0).max(100_000);
export const cropRectSchema = z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) });
export const cropOverridesSchema = z.partialRecord(z.enum(EDITOR_CROPS), cropRectSchema);
export const focalPointSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
