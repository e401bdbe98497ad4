'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { FrontSlot } from '@/server/front/front-layout.schema';
import { ImagePicker } from './image-picker';
import { SLOT_DRAG_TYPE, SLOT_NAMES, STORY_DRAG_TYPE } from './slot-names';
import type { StoryOption } from './story-search';

type Props = {
  index: number;
  slot: FrontSlot;
  /** The chosen story's headline, and whether it is live (a story no longer live is left off the front). */
  story: { headline: string; live: boolean } | null;
  onChange: (patch: Partial<FrontSlot>) => void;
  onMove: (to: number) => void;
  /** Another slot dropped here: it moves to this place, the slots between shift by one. */
  onMoveHere: (from: number) => void;
  onDropStory: (story: StoryOption) => void;
};

/** One slot: its story (dropped or put here), pin, alternative headline and image, and keyboard moves. */
export function SlotEditor({ index, slot, story, onChange, onMove, onMoveHere, onDropStory }: Props) {
  const [over, setOver] = useState(false);
  const [picking, setPicking] = useState(false);
  const name = SLOT_NAMES[index] ?? `Slot ${index + 1}`;
  const id = `slot-${index}`;
  return (
    <li
      aria-labelledby={`${id}-name`}
      className={cn('rounded-md border border-line bg-paper p-3', over && 'border-accent ring-2 ring-accent')}
      draggable={slot.articleId !== null}
      onDragStart={(event) => event.dataTransfer.setData(SLOT_DRAG_TYPE, String(index))}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dropped = event.dataTransfer.getData(STORY_DRAG_TYPE);
        if (dropped) return onDropStory(JSON.parse(dropped) as StoryOption);
        const from = event.dataTransfer.getData(SLOT_DRAG_TYPE);
        if (from && Number(from) !== index) onMoveHere(Number(from));
      }}
      data-testid={id}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`${id}-name`} className="text-xs font-semibold uppercase tracking-wide text-muted">
            {name}
            {slot.pinned && <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-accent-ink">Pinned</span>}
          </h3>
          <p className="mt-1 font-medium">{story ? story.headline : <span className="text-muted">Fills itself with the newest story</span>}</p>
          {story && !story.live && <p className="text-sm text-danger">Not live: readers see the newest story here instead.</p>}
        </div>
        <div className="flex gap-1">
          <Button type="button" size="sm" variant="secondary" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${name} up`}>
            ↑
          </Button>
          <Button type="button" size="sm" variant="secondary" disabled={index === SLOT_NAMES.length - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${name} down`}>
            ↓
          </Button>
        </div>
      </div>
      {slot.articleId && (
        <div className="mt-3 space-y-3">
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={slot.pinned} onChange={(event) => onChange({ pinned: event.target.checked })} className="size-4" />
              Pin to this slot
            </label>
            <Button type="button" size="sm" variant="ghost" onClick={() => onChange({ articleId: null })}>
              Clear slot
            </Button>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor={`${id}-headline`}>Alternative headline</Label>
            <Input
              id={`${id}-headline`}
              value={slot.altHeadline ?? ''}
              maxLength={200}
              placeholder="The story’s own headline"
              onChange={(event) => onChange({ altHeadline: event.target.value || null })}
            />
          </div>
          <AltImage imageId={slot.altImageId} onPick={() => setPicking(true)} onRemove={() => onChange({ altImageId: null })} />
          <ImagePicker
            open={picking}
            onClose={() => setPicking(false)}
            onPick={(imageId) => {
              onChange({ altImageId: imageId });
              setPicking(false);
            }}
          />
        </div>
      )}
    </li>
  );
}

function AltImage({ imageId, onPick, onRemove }: { imageId: string | null; onPick: () => void; onRemove: () => void }) {
  const trpc = useTRPC();
  const image = useQuery({ ...trpc.media.get.queryOptions({ id: imageId ?? '' }), enabled: imageId !== null });
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {imageId && image.data && (
        // eslint-disable-next-line @next/next/no-img-element -- a 320 px rendition
        <img src={image.data.item.thumbnailUrl} alt={`Alternative image: ${image.data.item.caption || image.data.item.originalName}`} className="h-14 w-20 rounded object-cover" />
      )}
      <Button type="button" size="sm" variant="secondary" onClick={onPick}>
        {imageId ? 'Change image' : 'Alternative image…'}
      </Button>
      {imageId && (
        <Button type="button" size="sm" variant="ghost" onClick={onRemove}>
          Use the story’s image
        </Button>
      )}
    </div>
  );
}
