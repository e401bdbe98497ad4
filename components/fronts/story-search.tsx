'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { selectClassName } from '@/components/ui/select-class-name';
import { SLOT_NAMES, STORY_DRAG_TYPE } from './slot-names';

export type StoryOption = { id: string; headline: string };

/**
 * Live stories to put on the front: drag one onto a slot, or (keyboard, phone) pick the slot and press Put.
 */
export function StorySearch({ onPut }: { onPut: (story: StoryOption, slot: number) => void }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useQuery(trpc.front.searchStories.queryOptions({ query: deferred }));
  return (
    <section aria-labelledby="story-search-heading" className="space-y-3 rounded-md border border-line p-3">
      <h2 id="story-search-heading" className="font-semibold">
        Live stories
      </h2>
      <div className="space-y-1.5">
        <Label htmlFor="story-search">Find by headline</Label>
        <Input id="story-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {results.isPending && <p className="text-sm text-muted">Loading stories…</p>}
      {results.data?.length === 0 && <p className="text-sm text-muted">No live story matches.</p>}
      <ul className="max-h-96 space-y-2 overflow-y-auto" aria-label="Search results">
        {results.data?.map((story) => (
          <StoryResult key={story.id} story={story} onPut={onPut} />
        ))}
      </ul>
    </section>
  );
}

function StoryResult({ story, onPut }: { story: StoryOption & { sectionName: string | null }; onPut: (story: StoryOption, slot: number) => void }) {
  const [slot, setSlot] = useState(0);
  const selectId = `put-${story.id}`;
  return (
    <li
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(STORY_DRAG_TYPE, JSON.stringify({ id: story.id, headline: story.headline }));
        event.dataTransfer.effectAllowed = 'copy';
      }}
      className="cursor-grab rounded border border-line bg-paper p-2 text-sm"
    >
      <p className="font-medium">{story.headline}</p>
      {story.sectionName && <p className="text-xs text-muted">{story.sectionName}</p>}
      <div className="mt-2 flex items-end gap-2">
        <label htmlFor={selectId} className="sr-only">
          Slot for “{story.headline}”
        </label>
        <select id={selectId} className={`${selectClassName} h-8`} value={slot} onChange={(event) => setSlot(Number(event.target.value))}>
          {SLOT_NAMES.map((name, index) => (
            <option key={name} value={index}>
              {name}
            </option>
          ))}
        </select>
        <Button type="button" size="sm" variant="secondary" onClick={() => onPut(story, slot)} aria-label={`Put “${story.headline}” in slot`}>
          Put
        </Button>
      </div>
    </li>
  );
}
