'use client';

import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import {
  type CropSource,
  type EditorCrop,
  type FocalPoint,
  type Rect,
  EDITOR_CROPS,
  adjustCrop,
  clampFocal,
  cropFor,
  cropRatio,
} from '@/server/media/crop-geometry';

type Overrides = CropSource['overrides'];

/** Arrow keys move the focal point by 2 % (10 % with Shift); crops move by 5 % of the image. */
const FOCAL_STEP = 0.02;
const CROP_STEP = 0.05;

const percent = (value: number) => `${(value * 100).toFixed(3)}%`;
const wholePercent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The editor marks the subject (click, or arrow keys on the marker) and sees the 16:9, 4:3, 1:1 and free
 * crops follow it; a chosen crop can be moved, zoomed (and the free one reshaped) with buttons. All the
 * geometry is server/media/crop-geometry.ts, the same the server cuts the renditions with.
 */
export function CropEditor({
  imageUrl,
  width,
  height,
  focal,
  overrides,
  disabled,
  onChange,
}: {
  imageUrl: string;
  width: number;
  height: number;
  focal: FocalPoint;
  overrides: Overrides;
  disabled?: boolean;
  onChange: (next: { focal: FocalPoint; overrides: Overrides }) => void;
}) {
  const [selected, setSelected] = useState<EditorCrop>('16:9');
  const source: CropSource = { width, height, focal, overrides };
  const crop = cropFor(source, selected);

  const setFocal = (next: FocalPoint) => onChange({ focal: clampFocal(next), overrides });
  const adjust = (change: Parameters<typeof adjustCrop>[3]) =>
    onChange({ focal, overrides: { ...overrides, [selected]: adjustCrop({ width, height }, crop, cropRatio(selected), change) } });
  const followFocal = () => {
    const rest = { ...overrides };
    delete rest[selected];
    onChange({ focal, overrides: rest });
  };

  function onPictureClick(event: MouseEvent<HTMLDivElement>) {
    if (disabled) return;
    const box = event.currentTarget.getBoundingClientRect();
    setFocal({ x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height });
  }

  function onMarkerKey(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.shiftKey ? FOCAL_STEP * 5 : FOCAL_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move || disabled) return;
    event.preventDefault();
    setFocal({ x: focal.x + move[0], y: focal.y + move[1] });
  }

  return (
    <div className="space-y-3">
      <p id="focal-help" className="text-xs text-muted">
        Click the subject of the photo, or focus the marker and use the arrow keys. Crops keep it in frame.
      </p>
      <div className="relative cursor-crosshair overflow-hidden rounded border border-line" onClick={onPictureClick} data-testid="focal-picture">
        {/* eslint-disable-next-line @next/next/no-img-element -- the stored original, to point at */}
        <img src={imageUrl} alt="" width={width} height={height} className="block h-auto w-full select-none" draggable={false} />
        <div
          aria-hidden
          className="pointer-events-none absolute border-2 border-white shadow-[0_0_0_9999px_rgba(0,0,0,0.45)]"
          style={{ left: percent(crop.x / width), top: percent(crop.y / height), width: percent(crop.width / width), height: percent(crop.height / height) }}
        />
        <button
          type="button"
          disabled={disabled}
          aria-describedby="focal-help"
          aria-label={`Focal point: ${wholePercent(focal.x)} across, ${wholePercent(focal.y)} down`}
          onKeyDown={onMarkerKey}
          onClick={(event) => event.stopPropagation()}
          className="absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-accent/80 shadow focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-yellow-400"
          style={{ left: percent(focal.x), top: percent(focal.y) }}
          data-testid="focal-marker"
        />
      </div>
      <div role="radiogroup" aria-label="Crop" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {EDITOR_CROPS.map((name) => (
          <CropPreview key={name} name={name} imageUrl={imageUrl} image={{ width, height }} rect={cropFor(source, name)} adjusted={Boolean(overrides[name])} selected={name === selected} onSelect={() => setSelected(name)} />
        ))}
      </div>
      {!disabled && (
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={`Adjust the ${selected} crop`}>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ dx: -CROP_STEP * width })}>Move left</Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ dx: CROP_STEP * width })}>Move right</Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ dy: -CROP_STEP * height })}>Move up</Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ dy: CROP_STEP * height })}>Move down</Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ scale: 0.9 })}>Zoom in</Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ scale: 1.1 })}>Zoom out</Button>
          {selected === 'free' && (
            <>
              <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ stretchX: 0.9 })}>Narrower</Button>
              <Button type="button" size="sm" variant="secondary" onClick={() => adjust({ stretchY: 0.9 })}>Shorter</Button>
            </>
          )}
          {overrides[selected] && (
            <Button type="button" size="sm" variant="ghost" onClick={followFocal}>Follow the focal point</Button>
          )}
        </div>
      )}
    </div>
  );
}

/** One crop as it will be served: the photo cut to the rectangle, in the crop's shape. */
function CropPreview({
  name,
  imageUrl,
  image,
  rect,
  adjusted,
  selected,
  onSelect,
}: {
  name: EditorCrop;
  imageUrl: string;
  image: { width: number; height: number };
  rect: Rect;
  adjusted: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      onClick={onSelect}
      className={cn('rounded border p-1 text-left text-xs', selected ? 'border-accent ring-2 ring-accent' : 'border-line')}
    >
      <span className="relative block overflow-hidden rounded-sm bg-wash" style={{ aspectRatio: `${rect.width} / ${rect.height}` }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the crop, cut with CSS */}
        <img
          src={imageUrl}
          alt=""
          className="absolute max-w-none"
          style={{ width: percent(image.width / rect.width), left: percent(-rect.x / rect.width), top: percent(-rect.y / rect.height) }}
        />
      </span>
      <span className="mt-1 block">
        {name === 'free' ? 'Free' : name}
        {adjusted && <span className="text-muted"> · adjusted</span>}
      </span>
    </button>
  );
}
