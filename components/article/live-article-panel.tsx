'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { NOTE_KIND_LABELS, type NoteKind } from '@/server/article/update.schema';
import { FoldingPanel } from './folding-panel';
import { ErrorBox } from './error-box';

type Note = { id: string; kind: NoteKind; text: string; publishedAt: Date; removedAt: Date | null; removedReason: string | null };

/**
 * What a published article shows readers besides its text: its public notes (removing one is an editor's
 * act with a reason, kept in the timeline) and its address (changing it keeps the old one as a redirect).
 */
export function LiveArticlePanel({
  article,
  version,
  formatTime,
  onDone,
}: {
  article: { id: string; slug: string; notes: Note[]; canChangeSlug: boolean; canRemoveNotes: boolean };
  version: number;
  formatTime: (date: Date) => string;
  onDone: (result?: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const [removing, setRemoving] = useState<Note | null>(null);
  const [moving, setMoving] = useState(false);
  const [slug, setSlug] = useState(article.slug);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const close = () => {
    setRemoving(null);
    setMoving(false);
    setReason('');
    setError(null);
  };
  const removeNote = useMutation(trpc.article.removeNote.mutationOptions({ onSuccess: () => (close(), onDone()), onError: (e) => setError(describeError(e)) }));
  const changeSlug = useMutation(trpc.article.changeSlug.mutationOptions({ onSuccess: (result) => (close(), onDone(result)), onError: (e) => setError(describeError(e)) }));

  return (
    <FoldingPanel id="live-article" title="Address and public notes">
      <p className="mt-2 break-all text-sm">
        Address: <span className="font-mono">/articles/{article.slug}</span>
      </p>
      {article.canChangeSlug && (
        <Button className="mt-2" variant="secondary" onClick={() => setMoving(true)}>
          Change address
        </Button>
      )}
      {article.notes.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No public notes.</p>
      ) : (
        <ul className="mt-3 space-y-3 text-sm" data-testid="desk-notes">
          {article.notes.map((note) => (
            <li key={note.id} className={note.removedAt ? 'text-muted' : undefined}>
              <p>
                <strong>{NOTE_KIND_LABELS[note.kind]}</strong> · {formatTime(note.publishedAt)}
                {note.removedAt && ` · removed ${formatTime(note.removedAt)}: ${note.removedReason ?? ''}`}
              </p>
              <p>{note.text}</p>
              {article.canRemoveNotes && !note.removedAt && (
                <button type="button" className="text-xs text-accent hover:underline" onClick={() => setRemoving(note)}>
                  Remove note
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <Dialog open={removing !== null} onOpenChange={(open) => !open && close()} title="Remove public note" description="Readers will no longer see it; the timeline keeps it, with your reason.">
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (removing) removeNote.mutate({ noteId: removing.id, reason });
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="note-remove-reason">Reason</Label>
            <Textarea id="note-remove-reason" required value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          {error && <ErrorBox error={error} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close}>Cancel</Button>
            <Button type="submit" disabled={removeNote.isPending}>Remove note</Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={moving} onOpenChange={(open) => !open && close()} title="Change address" description="The old address keeps working: it sends readers and search engines to the new one.">
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            changeSlug.mutate({ id: article.id, expectedVersion: version, slug, reason });
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="new-slug">New address</Label>
            <Input id="new-slug" required value={slug} onChange={(event) => setSlug(event.target.value)} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="slug-reason">Reason</Label>
            <Textarea id="slug-reason" required value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          {error && <ErrorBox error={error} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close}>Cancel</Button>
            <Button type="submit" disabled={changeSlug.isPending}>Change address</Button>
          </div>
        </form>
      </Dialog>
    </FoldingPanel>
  );
}
