import sharp from 'sharp';
import type { MediaStorage } from './storage';
import { type Rendition, renditionStorageKey } from './renditions';

/**
 * Makes renditions, one at a time per rendition in this process: concurrent requests for the same one
 * share its generation (a cold page of 18 sources asked by 50 readers encodes 18 images, not 900), and at
 * most two encodings run at once, so a burst of new images cannot take every core from page rendering.
 * Across instances two may encode the same rendition; both store identical bytes under the same key and
 * storage writes are atomic, so that costs time, never correctness.
 */

const MAX_PARALLEL = 2;
const inFlight = new Map<string, Promise<Buffer | null>>();
const waiting: (() => void)[] = [];
let running = 0;

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Encodes a rendition from the original's bytes. Sharp writes no metadata unless asked: no EXIF, no GPS. */
export async function encodeRendition(original: Buffer, rendition: Rendition): Promise<Buffer> {
  const { crop, width, format } = rendition;
  const image = sharp(original).extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height }).resize({ width });
  if (format === 'avif') return image.avif({ quality: 55, effort: 2 }).toBuffer();
  if (format === 'webp') return image.webp({ quality: 78 }).toBuffer();
  return image.jpeg({ quality: 80, mozjpeg: true, progressive: true }).toBuffer();
}

/** The rendition's bytes: stored ones, or encoded now (once, however many ask) and stored for next time. */
export function renditionBytes(storage: MediaStorage, rendition: Rendition, original: () => Promise<Buffer | null>): Promise<Buffer | null> {
  const key = renditionStorageKey(rendition);
  const current = inFlight.get(key);
  if (current) return current;
  const made = (async () => {
    // A stored rendition is read outside the encoding slots: warm reads never queue behind cold encodes.
    const stored = await storage.get(key);
    if (stored) return stored;
    return slot(async () => {
      const source = await original();
      if (!source) return null;
      const bytes = await encodeRendition(source, rendition);
      await storage.put(key, bytes);
      return bytes;
    });
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, made);
  return made;
}
