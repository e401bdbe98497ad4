'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { FrontView } from '@/components/site/front-view';
import { Button } from '@/components/ui/button';
import { MAX_BLOCKS, type FrontLayout } from '@/server/front/front-layout.schema';
import type { frontForEditingSchema } from '@/server/front/front-output.schema';
import type { z } from 'zod';
import { BlockEditor } from './block-editor';
import { moveBlock, moveSlot, putInSlot, removeBlock, slotsOf, updateBlock, updateSlot } from './layout-edits';
import { SlotEditor } from './slot-editor';
import { StorySearch, type StoryOption } from './story-search';

type Loaded = z.infer<typeof frontForEditingSchema>;

/** The desk's front editor: loads the front, then edits a copy of its layout until Save. */
export function FrontEditor({ frontRef, timeZone }: { frontRef: string; timeZone: string }) {
  const trpc = useTRPC();
  // Never refetched behind the editor's back: a newer version would replace the arrangement being made.
  // A save from a stale version is refused instead, saying so.
  const front = useQuery({ ...trpc.front.get.queryOptions({ front: frontRef }), staleTime: Infinity, refetchOnWindowFocus: false });
  // Kept here, not in Arrangement: a save remounts that with the saved version, and its message must stay.
  const [status, setStatus] = useState<string | null>(null);
  if (front.error) return <FormAlert message={serverErrors(front.error).message} />;
  if (!front.data) return <p className="text-sm text-muted">Loading the front…</p>;
  // Keyed by version: a reload after a save starts from what is saved.
  return <Arrangement key={front.data.version} loaded={front.data} timeZone={timeZone} status={status} setStatus={setStatus} />;
}

function Arrangement({ loaded, timeZone, status, setStatus }: { loaded: Loaded; timeZone: string; status: string | null; setStatus: (status: string | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [layout, setLayout] = useState<FrontLayout>(loaded.layout);
  const [stories, setStories] = useState(() => new Map(loaded.chosen.map((story) => [story.id, story])));
  const [error, setError] = useState<string | null>(null);
  const deferredLayout = useDeferredValue(layout);
  const preview = useQuery({ ...trpc.front.preview.queryOptions({ front: loaded.ref, layout: deferredLayout }), placeholderData: keepPreviousData, initialData: deferredLayout === loaded.layout ? loaded.preview : undefined });
  const save = useMutation(
    trpc.front.save.mutationOptions({
      onSuccess: async ({ version }) => {
        setError(null);
        setStatus(`Saved (version ${version}). The front is live.`);
        await reloadAfterChange(queryClient, trpc.front.get.queryKey({ front: loaded.ref }));
      },
      onError: (caught) => {
        setStatus(null);
        setError(serverErrors(caught).message);
      },
    }),
  );
  const change = (next: FrontLayout) => {
    setStatus(null);
    setLayout(next);
  };
  const put = (story: StoryOption, slot: number) => {
    setStories((known) => new Map(known).set(story.id, { ...story, live: true }));
    change(putInSlot(layout, slot, story.id));
  };
  const slots = slotsOf(layout);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={() => save.mutate({ front: loaded.ref, expectedVersion: loaded.version, layout })} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save and publish'}
        </Button>
        <Link href={loaded.href} className="text-sm underline" target="_blank">
          Open the public page
        </Link>
        <span className="text-sm text-muted">{loaded.version === 0 ? 'Never arranged: readers see the default front.' : `Version ${loaded.version}`}</span>
      </div>
      <FormAlert message={error} />
      <FormStatus message={status} />
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <StorySearch onPut={put} />
        <div className="space-y-6">
          <section aria-labelledby="slots-heading" className="space-y-3">
            <h2 id="slots-heading" className="font-semibold">
              Slots
            </h2>
            <p className="text-sm text-muted">Drag a story onto a slot, or choose its slot and press Put. Pinned stories win over any other place on the front.</p>
            <ol className="space-y-3">
              {slots.map((slot, index) => (
                <SlotEditor
                  key={index}
                  index={index}
                  slot={slot}
                  story={slot.articleId ? (stories.get(slot.articleId) ?? { headline: 'Story', live: true }) : null}
                  onChange={(patch) => change(updateSlot(layout, index, patch))}
                  onMove={(to) => change(moveSlot(layout, index, to))}
                  onMoveHere={(from) => change(moveSlot(layout, from, index))}
                  onDropStory={(story) => put(story, index)}
                />
              ))}
            </ol>
          </section>
          <section aria-labelledby="blocks-heading" className="space-y-3">
            <h2 id="blocks-heading" className="font-semibold">
              Blocks
            </h2>
            <p className="text-sm text-muted">Below the slots, each block shows its newest live stories not already on the front.</p>
            <ol className="space-y-3">
              {layout.blocks.map((block, index) => (
                <BlockEditor
                  key={index}
                  index={index}
                  total={layout.blocks.length}
                  block={block}
                  options={loaded}
                  onChange={(next) => change(updateBlock(layout, index, next))}
                  onMove={(to) => change(moveBlock(layout, index, to))}
                  onRemove={() => change(removeBlock(layout, index))}
                />
              ))}
            </ol>
            <Button type="button" variant="secondary" disabled={layout.blocks.length >= MAX_BLOCKS} onClick={() => change({ ...layout, blocks: [...layout.blocks, { kind: 'latest', count: 6 }] })}>
              Add a block
            </Button>
          </section>
        </div>
      </div>
      <section aria-labelledby="preview-heading" className="rounded-md border-2 border-dashed border-line p-4" data-testid="front-preview">
        {preview.data ? (
          <FrontView
            front={preview.data}
            timeZone={timeZone}
            heading={
              <h2 id="preview-heading" className="text-lg font-semibold">
                Preview: {loaded.title} as readers will see it {preview.isFetching && <span className="text-sm font-normal text-muted">(updating…)</span>}
              </h2>
            }
          />
        ) : (
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview loading…
          </h2>
        )}
      </section>
    </div>
  );
}
