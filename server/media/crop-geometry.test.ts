import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type CropName, type Rect, adjustCrop, cropAround, cropFor, cropRatio, fitCrop } from './crop-geometry';

/** A grey photo with a red square "subject" whose centre is at (cx, cy). */
async function photoWithSubject(width: number, height: number, cx: number, cy: number) {
  const subject = await sharp({ create: { width: 60, height: 60, channels: 3, background: '#e00' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#777' } })
    .composite([{ input: subject, left: cx - 30, top: cy - 30 }])
    .png()
    .toBuffer();
}

/** The colour at a point of the crop, as sharp cuts it from the photo. */
async function colourInCrop(photo: Buffer, crop: Rect, at: { x: number; y: number }) {
  const { data, info } = await sharp(photo).extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height }).raw().toBuffer({ resolveWithObject: true });
  const offset = (at.y * crop.width + at.x) * info.channels;
  return [data[offset], data[offset + 1], data[offset + 2]];
}

const RED = [238, 0, 0];
const source = (width: number, height: number, focal: { x: number; y: number }) => ({ width, height, focal, overrides: {} });

describe('crops follow the focal point', () => {
  it.each([['16:9'], ['4:3'], ['1:1'], ['card']] as [CropName][])('keeps a subject near the edge inside the %s crop of a real image', async (name) => {
    // Subject in the lower right: a centred crop would cut it off.
    const photo = await photoWithSubject(1200, 800, 1100, 700);
    const crop = cropFor(source(1200, 800, { x: 1100 / 1200, y: 700 / 800 }), name);
    expect(crop.width / crop.height).toBeCloseTo(cropRatio(name)!, 1);
    expect(await colourInCrop(photo, crop, { x: 1100 - crop.x, y: 700 - crop.y })).toEqual(RED);
    const centred = cropFor(source(1200, 800, { x: 0.5, y: 0.5 }), name);
    const inCentred = 1100 < centred.x + centred.width && 700 < centred.y + centred.height;
    if (name === '1:1') expect(inCentred).toBe(false);
  });

  it('centres the crop on the subject when the edges allow', () => {
    expect(cropAround({ width: 2400, height: 1600 }, { x: 0.5, y: 0.5 }, 1)).toEqual({ x: 400, y: 0, width: 1600, height: 1600 });
    expect(cropAround({ width: 2400, height: 1600 }, { x: 0.25, y: 0.5 }, 1)).toEqual({ x: 0, y: 0, width: 1600, height: 1600 });
    expect(cropAround({ width: 2400, height: 1600 }, { x: 0.6, y: 0.5 }, 1)).toEqual({ x: 640, y: 0, width: 1600, height: 1600 });
    expect(cropAround({ width: 2400, height: 1600 }, { x: 0.5, y: 0.9 }, 16 / 9)).toEqual({ x: 0, y: 250, width: 2400, height: 1350 });
  });

  it('gives the whole image as the free crop until the editor draws one', () => {
    expect(cropFor(source(800, 600, { x: 0.1, y: 0.1 }), 'free')).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('adjusted crops', () => {
  it('uses the editor’s rectangle, made valid: inside the image, the ratio kept', () => {
    const adjusted = { ...source(2400, 1600, { x: 0.5, y: 0.5 }), overrides: { '1:1': { x: 2000, y: -50, width: 900, height: 10 } } };
    expect(cropFor(adjusted, '1:1')).toEqual({ x: 1500, y: 0, width: 900, height: 900 });
    // The share card is never adjusted by hand: it follows the focal point.
    expect(cropFor(adjusted, 'card')).toEqual(cropAround(adjusted, adjusted.focal, 1200 / 630));
  });

  it('moves and scales a crop by keyboard steps, never past the edges', () => {
    const image = { width: 2400, height: 1600 };
    const start = cropAround(image, { x: 0.5, y: 0.5 }, 4 / 3);
    expect(adjustCrop(image, start, 4 / 3, { scale: 0.5 })).toEqual({ x: 667, y: 400, width: 1067, height: 800 });
    expect(adjustCrop(image, start, 4 / 3, { dx: -5000 })).toMatchObject({ x: 0 });
    expect(adjustCrop(image, start, 4 / 3, { scale: 3 })).toEqual(start);
    // Only the free crop changes shape.
    expect(adjustCrop(image, start, 4 / 3, { stretchX: 0.5 })).toEqual(start);
    expect(adjustCrop(image, { x: 0, y: 0, width: 2400, height: 1600 }, null, { stretchX: 0.5 })).toEqual({ x: 600, y: 0, width: 1200, height: 1600 });
  });

  it('never leaves the image nor changes the ratio, whatever is asked (property)', () => {
    const ratios = [16 / 9, 4 / 3, 1, 1200 / 630, null];
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 5000 }),
        fc.integer({ min: 16, max: 5000 }),
        fc.record({ x: fc.integer({ min: -9999, max: 9999 }), y: fc.integer({ min: -9999, max: 9999 }), width: fc.integer({ min: -10, max: 9999 }), height: fc.integer({ min: -10, max: 9999 }) }),
        fc.constantFrom(...ratios),
        (width, height, rect, ratio) => {
          const crop = fitCrop({ width, height }, rect, ratio);
          expect(crop.x).toBeGreaterThanOrEqual(0);
          expect(crop.y).toBeGreaterThanOrEqual(0);
          expect(crop.x + crop.width).toBeLessThanOrEqual(width);
          expect(crop.y + crop.height).toBeLessThanOrEqual(height);
          expect(crop.width).toBeGreaterThan(0);
          expect(crop.height).toBeGreaterThan(0);
          if (ratio !== null && crop.width >= 100 && crop.height >= 100) expect(crop.width / crop.height).toBeCloseTo(ratio, 1);
        },
      ),
    );
  });
});
