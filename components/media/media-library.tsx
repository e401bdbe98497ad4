'use client';

import { useState } from 'react';
import { ImageDetails } from '@/components/media/image-details';
import { MediaGrid } from '@/components/media/media-grid';

/** The library page: search and thumbnails, and the chosen image's details beside them (below on phones). */
export function MediaLibrary() {
  const [chosenId, setChosenId] = useState<string | null>(null);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
      <MediaGrid chosenId={chosenId} chooseLabel="Show details" onChoose={(item) => setChosenId(item.id)} />
      <div className="rounded-lg border border-line bg-paper p-4">
        {chosenId ? <ImageDetails id={chosenId} editable headingLevel={2} /> : <p className="text-sm text-muted">Choose an image to see its details, crops, rights and where it is used.</p>}
      </div>
    </div>
  );
}
