'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import type { DeskEntry } from '@/server/live-blog/live-blog.schema';
import { newsroomTimeFormat } from '@/server/text/newsroom-time';
import { ErrorBox } from './error-box';
import { FoldingPanel } from './folding-panel';

const STATUS_TEXT = { PENDING: 'Waiting for an editor', POSTED: 'Shown', REMOVED: 'Removed' } as const;

/**
 * A live blog's entries in the desk: post one (shown at once or queued, as the rules say), and, for editors,
 * approve waiting ones, pin key events, edit or remove with a reason (kept in the timeline). Editors also
 * turn an article into a live blog here. Every button is a call the server decides again.
 */
export function LiveBlogPanel({
  article,
  version,
  timeZone,
  onChange,
}: {
  article: { id: string; liveBlog: { isLiveBlog: boolean; canModerate: boolean; canPost: boolean } };
  version: number;
  timeZone: string;
  onChange: (result?: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formatTime = useMemo(() => newsroomTimeFormat(timeZone), [timeZone]);
  const { isLiveBlog, canModerate, canPost } = article.liveBlog;
  const entries = useQuery({ ...trpc.liveBlog.entries.queryOptions({ articleId: article.id }), enabled: isLiveBlog });
  const [text, setText] = useState('');
  const [changing, setChanging] = useState<{ entry: DeskEntry; kind: 'edit' | 'remove' } | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const options = {
    onSuccess: () => {
      setError(null);
      setChanging(null);
      void reloadAfterChange(queryClient, trpc.liveBlog.entries.queryKey({ articleId: article.id }));
      onChange();
    },
    onError: (caught: unknown) => setError(describeError(caught)),
  };
  const setEnabled = useMutation(trpc.liveBlog.setEnabled.mutationOptions({ onSuccess: (result) => onChange(result), onError: options.onError }));
  const post = useMutation(trpc.liveBlog.post.mutationOptions({ ...options, onSuccess: () => { setText(''); options.onSuccess(); } }));
  const approve = useMutation(trpc.liveBlog.approve.mutationOptions(options));
  const pin = useMutation(trpc.liveBlog.pin.mutationOptions(options));

  if (!isLiveBlog && !canModerate) return null;
  return (
    <FoldingPanel id="live-blog" title="Live blog" testId="live-blog-panel">
      {canModerate && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={isLiveBlog}
            disabled={setEnabled.isPending}
            onChange={(event) => setEnabled.mutate({ id: article.id, expectedVersion: version, isLiveBlog: event.target.checked })}
          />
          This article is a live blog
        </label>
      )}
      {isLiveBlog && canPost && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            post.mutate({ articleId: article.id, text });
          }}
        >
          <Label htmlFor="live-entry">New entry</Label>
          <Textarea id="live-entry" required value={text} onChange={(event) => setText(event.target.value)} />
          <Button type="submit" size="sm" disabled={post.isPending}>Post entry</Button>
        </form>
      )}
      {error && !changing && <ErrorBox error={error} />}
      {isLiveBlog && (
        <ol className="mt-3 space-y-3" data-testid="desk-live-entries">
          {entries.data?.map((entry) => (
            <li key={entry.id} className="rounded border border-line p-2 text-sm" data-testid="desk-live-entry">
              <p className="text-xs text-muted">
                {formatTime(entry.postedAt ?? entry.createdAt)} · {entry.authorName ?? 'someone'} · {STATUS_TEXT[entry.status]}
                {entry.pinned && ' · Key event'}
              </p>
              <p className={entry.status === 'REMOVED' ? 'mt-1 whitespace-pre-line text-muted line-through' : 'mt-1 whitespace-pre-line'}>{entry.text}</p>
              {entry.status !== 'REMOVED' && (
                <div className="mt-2 flex flex-wrap gap-2">
                  {canModerate && entry.status === 'PENDING' && (
                    <Button size="sm" onClick={() => approve.mutate({ entryId: entry.id, expectedVersion: entry.version })}>Approve</Button>
                  )}
                  {canModerate && entry.status === 'POSTED' && (
                    <Button size="sm" variant="secondary" onClick={() => pin.mutate({ entryId: entry.id, expectedVersion: entry.version, pinned: !entry.pinned })}>
                      {entry.pinned ? 'Unpin' : 'Pin as key event'}
                    </Button>
                  )}
                  <Button size="sm" variant="secondary" onClick={() => setChanging({ entry, kind: 'edit' })}>Edit</Button>
                  <Button size="sm" variant="secondary" onClick={() => setChanging({ entry, kind: 'remove' })}>Remove</Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {changing && <ChangeEntryDialog key={changing.entry.id} {...changing} onClose={() => setChanging(null)} options={options} error={error} />}
    </FoldingPanel>
  );
}

/** Editing or removing an entry asks for the reason, which the timeline keeps with the text it replaced. */
function ChangeEntryDialog({
  entry,
  kind,
  onClose,
  options,
  error,
}: {
  entry: DeskEntry;
  kind: 'edit' | 'remove';
  onClose: () => void;
  options: { onSuccess: () => void; onError: (caught: unknown) => void };
  error: DescribedError | null;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState(entry.text);
  const [reason, setReason] = useState('');
  const edit = useMutation(trpc.liveBlog.edit.mutationOptions(options));
  const remove = useMutation(trpc.liveBlog.remove.mutationOptions(options));
  const step = { entryId: entry.id, expectedVersion: entry.version, reason };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={kind === 'edit' ? 'Edit entry' : 'Remove entry'}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (kind === 'edit') edit.mutate({ ...step, text });
          else remove.mutate(step);
        }}
      >
        {kind === 'edit' && (
          <div className="space-y-1.5">
            <Label htmlFor="entry-text">Entry</Label>
            <Textarea id="entry-text" required value={text} onChange={(event) => setText(event.target.value)} />
          </div>
        )}
        <div className="space-y-1.5">
          <Label htmlFor="entry-reason">Reason</Label>
          <Textarea id="entry-reason" required value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        {error && <ErrorBox error={error} />}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={edit.isPending || remove.isPending}>{kind === 'edit' ? 'Save entry' : 'Remove entry'}</Button>
        </div>
      </form>
    </Dialog>
  );
}
