'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { CropEditor } from '@/components/media/crop-editor';
import { describeError } from '@/components/desk/error-message';
import { FormAlert } from '@/components/forms/field';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { LabelledInput } from '@/components/ui/labelled-input';
import type { MediaItem, UpdateMediaInput } from '@/server/media/media.schema';
import { STATE_LABELS, type ArticleState } from '@/server/workflow/states';

/** The form's copy of an item: what media.update takes, keywords as typed (the version is kept apart). */
type Draft = Omit<UpdateMediaInput, 'keywords' | 'expectedVersion'> & { keywords: string };

const draftOf = (item: MediaItem): Draft => ({
  id: item.id,
  caption: item.caption,
  credit: item.credit,
  copyright: item.copyright,
  keywords: item.keywords.join(', '),
  rightsLastDay: item.rightsLastDay,
  focal: item.focal,
  cropOverrides: item.cropOverrides,
});

/**
 * One library image: its caption, credit, copyright, keywords and rights end as the library keeps them
 * (prefilled from the photo on upload), its focal point and crops, and where it is used. Saved with the
 * "Save image" button; the article's own caption and credit are separate (an article may say more).
 */
export function ImageDetails({ id, editable, headingLevel = 3 }: { id: string; editable: boolean; headingLevel?: 2 | 3 }) {
  const trpc = useTRPC();
  const loaded = useQuery(trpc.media.get.queryOptions({ id }));
  if (loaded.error) return <FormAlert message={describeError(loaded.error).message} />;
  if (!loaded.data) return <p className="text-sm text-muted">Loading the image…</p>;
  // Keyed by image: another image starts a fresh draft; a refetch after saving keeps the one being edited.
  return <ImageForm key={id} item={loaded.data.item} usage={loaded.data.usage} editable={editable && loaded.data.mayEdit} headingLevel={headingLevel} />;
}

function ImageForm({ item, usage, editable, headingLevel }: { item: MediaItem; usage: UsageRow[]; editable: boolean; headingLevel: 2 | 3 }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [saved, setSaved] = useState(false);
  // The version this draft is based on; after a refused save, the one that refused it (saving again replaces it).
  const [baseVersion, setBaseVersion] = useState(item.version);
  const save = useMutation(trpc.media.update.mutationOptions());
  const id = item.id;

  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const Heading = `h${headingLevel}` as const;
  const context = `image-details-${id}`;

  function submit() {
    const keywords = draft.keywords.split(',').map((keyword) => keyword.trim()).filter(Boolean);
    save.mutate(
      { ...draft, keywords, expectedVersion: baseVersion },
      {
        onSuccess: (savedItem) => {
          setSaved(true);
          setBaseVersion(savedItem.version);
          void queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() });
        },
        onError: (error) => {
          const { code, currentVersion } = describeError(error);
          if (code === 'CONFLICT' && currentVersion !== null) setBaseVersion(currentVersion);
        },
      },
    );
  }

  return (
    <section aria-labelledby={context} className="space-y-3" data-testid="image-details">
      <Heading id={context} className="text-sm font-semibold">
        Image in the library{item.originalName && <span className="font-normal text-muted"> · {item.originalName}</span>}
      </Heading>
      {item.width && item.height ? (
        <CropEditor
          imageUrl={item.url}
          width={item.width}
          height={item.height}
          focal={draft.focal}
          overrides={draft.cropOverrides}
          disabled={!editable}
          onChange={({ focal, overrides }) => set({ focal, cropOverrides: overrides })}
        />
      ) : null}
      <LabelledInput id={`${context}-caption`} label="Library caption" context={context} value={draft.caption} editable={editable} onChange={(caption) => set({ caption })} />
      <LabelledInput id={`${context}-credit`} label="Library credit" context={context} value={draft.credit} editable={editable} onChange={(credit) => set({ credit })} />
      <LabelledInput id={`${context}-copyright`} label="Copyright" context={context} value={draft.copyright} editable={editable} onChange={(copyright) => set({ copyright })} />
      <LabelledInput id={`${context}-keywords`} label="Keywords (comma-separated)" context={context} value={draft.keywords} editable={editable} onChange={(keywords) => set({ keywords })} />
      <div className="space-y-1">
        <label htmlFor={`${context}-rights`} className="text-xs text-muted">
          Usage rights end after (newsroom day; empty: no end)
        </label>
        <input
          id={`${context}-rights`}
          type="date"
          value={draft.rightsLastDay ?? ''}
          readOnly={!editable}
          onChange={(event) => set({ rightsLastDay: event.target.value || null })}
          className="block h-9 w-full rounded-md border border-line bg-paper px-2 text-sm"
        />
      </div>
      {editable && (
        <div className="flex items-center gap-3">
          <Button type="button" size="sm" onClick={submit} disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save image'}
          </Button>
          {saved && <p role="status" className="text-sm text-ok">Image saved.</p>}
        </div>
      )}
      {save.error && <FormAlert message={saveErrorMessage(save.error)} />}
      <Usage usage={usage} />
    </section>
  );
}

/** A refused save keeps the draft in the form: the message says so and what saving again does. */
function saveErrorMessage(error: unknown): string {
  const { message, problems, code } = describeError(error);
  if (code === 'CONFLICT') return `${message} Your changes are still in the form: save again to replace theirs, or reload the page to see theirs.`;
  return [message, ...problems].join(' ');
}

type UsageRow = { id: string; headline: string; state: string; as: 'lead' | 'body' };

function Usage({ usage }: { usage: UsageRow[] }) {
  if (usage.length === 0) return <p className="text-xs text-muted">Not used in any article you can open.</p>;
  return (
    <div>
      <p className="text-xs font-medium">Used in</p>
      <ul className="mt-1 space-y-0.5 text-xs" data-testid="image-usage">
        {usage.map((use) => (
          <li key={use.id}>
            <Link href={`/desk/articles/${use.id}`} className="underline">
              {use.headline || 'Untitled'}
            </Link>{' '}
            <span className="text-muted">
              ({use.as === 'lead' ? 'lead image' : 'in the text'}, {STATE_LABELS[use.state as ArticleState] ?? use.state})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
