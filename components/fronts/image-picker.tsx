'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** Picks a teaser's alternative image from the media library (searchable, newest first). */
export function ImagePicker({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (id: string) => void }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const media = useQuery({ ...trpc.media.list.queryOptions({ query: deferred }), enabled: open });
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()} title="Choose an image">
      <div className="space-y-3">
        <div className="space-y-1.5">
          <Label htmlFor="image-search">Search the library</Label>
          <Input id="image-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        {media.isPending && <p className="text-sm text-muted">Loading images…</p>}
        <ul className="grid max-h-96 grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3">
          {media.data?.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="w-full rounded border border-line p-1 text-left text-xs hover:bg-wash" onClick={() => onPick(item.id)}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a 320 px rendition */}
                <img src={item.thumbnailUrl} alt="" className="aspect-[3/2] w-full rounded object-cover" loading="lazy" />
                <span className="mt-1 line-clamp-2 block">{item.caption || item.originalName || 'Untitled image'}</span>
              </button>
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
