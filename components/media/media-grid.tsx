'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { FormAlert } from '@/components/forms/field';
import { useTRPC } from '@/components/providers/trpc';
import { Input } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import type { MediaItem } from '@/server/media/media.schema';

/**
 * The library's search and thumbnails (newest first). Choosing one calls `onChoose`: the library page
 * opens its details, the lead-image field uses it in the article.
 */
export function MediaGrid({ chosenId, onChoose, chooseLabel }: { chosenId?: string | null; onChoose: (item: MediaItem) => void; chooseLabel: string }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const page = useQuery(trpc.media.list.queryOptions({ query: deferred }));
  const items = page.data?.items ?? [];

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="media-search" className="text-sm font-medium">
          Search images
        </label>
        <Input id="media-search" type="search" placeholder="Caption, credit, keyword or uploader" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {page.error && <FormAlert message={describeError(page.error).message} />}
      <p role="status" className="text-xs text-muted">
        {page.isPending ? 'Searching…' : `${items.length}${page.data?.nextCursor ? '+' : ''} image${items.length === 1 ? '' : 's'}`}
      </p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="media-grid">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onChoose(item)}
              aria-label={`${chooseLabel}: ${item.caption || item.originalName || 'image without caption'}`}
              aria-pressed={chosenId === undefined ? undefined : chosenId === item.id}
              className={cn('block w-full rounded border p-1 text-left', chosenId === item.id ? 'border-accent ring-2 ring-accent' : 'border-line hover:border-accent')}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- a 320 px rendition */}
              <img src={item.thumbnailUrl} alt="" width={item.width ?? undefined} height={item.height ?? undefined} loading="lazy" className="aspect-[3/2] h-auto w-full rounded-sm bg-wash object-cover" />
              <span className="mt-1 line-clamp-2 block text-xs">{item.caption || item.originalName || 'No caption'}</span>
              <span className="block truncate text-xs text-muted">
                {[item.credit, item.uploadedBy].filter(Boolean).join(' · ')}
                {item.rightsLastDay && ` · rights to ${item.rightsLastDay}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
