'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { selectClassName } from '@/components/ui/select-class-name';
import { Textarea } from '@/components/ui/textarea';
import { NOTE_KIND_LABELS, NOTE_KINDS, type NoteKind } from '@/server/article/update.schema';
import { UPDATE_STATE_LABELS, type UpdateAction, type UpdateState } from '@/server/workflow/states';
import { ErrorBox } from './error-box';
import { StepButton } from './step-button';
import { WordDiff } from './word-diff';

type PendingUpdate = {
  state: UpdateState;
  liveRevisionId: string;
  workingRevisionId: string;
  actions: { action: UpdateAction; label: string; needsComment: boolean; blockedBecause: string | null }[];
};

/**
 * A live article's pending update: what it changes against the live copy (word by word), its review
 * steps (exactly those the server allows this person now), and the public note published with it.
 */
export function LiveUpdatePanel({
  articleId,
  version,
  update,
  hasUnsavedChanges,
  onDone,
}: {
  articleId: string;
  version: number;
  update: PendingUpdate;
  hasUnsavedChanges: boolean;
  onDone: (result: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState<Exclude<UpdateAction, 'submitUpdate'> | null>(null);
  const [comment, setComment] = useState('');
  const [noteKind, setNoteKind] = useState<NoteKind | ''>('CORRECTION');
  const [noteText, setNoteText] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const diff = useQuery(trpc.article.diffRevisions.queryOptions({ id: articleId, fromId: update.liveRevisionId, toId: update.workingRevisionId }));
  const options = {
    onSuccess: (result: { version: number }) => {
      setAsking(null);
      setError(null);
      onDone(result);
    },
    onError: (e: unknown) => setError(describeError(e)),
  };
  const submit = useMutation(trpc.article.submitUpdate.mutationOptions(options));
  const sendBack = useMutation(trpc.article.requestUpdateChanges.mutationOptions(options));
  const publish = useMutation(trpc.article.publishUpdate.mutationOptions(options));
  const discard = useMutation(trpc.article.discardUpdate.mutationOptions(options));
  const pending = submit.isPending || sendBack.isPending || publish.isPending || discard.isPending;
  const step = { id: articleId, expectedVersion: version };
  const commentDialog = { comment, setComment, error, pending, onClose: () => setAsking(null) };

  return (
    <section aria-labelledby="update-heading" className="rounded-lg border border-amber-300 bg-paper p-4" data-testid="pending-update">
      <h2 id="update-heading" className="text-sm font-semibold">
        {UPDATE_STATE_LABELS[update.state]}
      </h2>
      <p className="mt-1 text-sm text-muted">Readers still see the live version. Changes against it:</p>
      <div className="mt-2 max-h-72 overflow-auto rounded border border-line p-2">
        <WordDiff fields={diff.data ?? []} onlyChanged />
      </div>
      {hasUnsavedChanges && <p className="mt-2 text-sm text-amber-800">Save your changes first.</p>}
      <div className="mt-3 flex flex-col gap-2">
        {update.actions.map((action) => (
          <StepButton
            key={action.action}
            id={action.action}
            label={action.label}
            primary={action.action === 'publishUpdate'}
            disabled={pending || hasUnsavedChanges}
            blockedBecause={action.blockedBecause}
            onClick={() => (action.action === 'submitUpdate' ? submit.mutate(step) : setAsking(action.action))}
          />
        ))}
      </div>
      {error && !asking && <ErrorBox error={error} />}

      <CommentStepDialog
        open={asking === 'requestUpdateChanges'}
        title="Send update back"
        label="What needs to change?"
        submitLabel="Send back"
        {...commentDialog}
        onSubmit={() => sendBack.mutate({ ...step, comment })}
      />

      <Dialog
        open={asking === 'publishUpdate'}
        onOpenChange={(open) => !open && setAsking(null)}
        title="Approve and publish update"
        description="Readers see the updated article at once. A note tells them what changed; it is shown on the article and on the corrections page."
      >
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            publish.mutate({ ...step, note: noteKind ? { kind: noteKind, text: noteText } : null });
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="note-kind">Public note</Label>
            <select id="note-kind" className={selectClassName} value={noteKind} onChange={(event) => setNoteKind(event.target.value as NoteKind | '')}>
              {NOTE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {NOTE_KIND_LABELS[kind]}
                </option>
              ))}
              <option value="">No note</option>
            </select>
          </div>
          {noteKind && (
            <div className="space-y-1.5">
              <Label htmlFor="note-text">What readers are told</Label>
              <Textarea id="note-text" required value={noteText} onChange={(event) => setNoteText(event.target.value)} />
            </div>
          )}
          {error && <ErrorBox error={error} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>Cancel</Button>
            <Button type="submit" disabled={pending}>Publish update</Button>
          </div>
        </form>
      </Dialog>

      <CommentStepDialog
        open={asking === 'discardUpdate'}
        title="Discard update"
        description="The article goes back to what readers see now. The discarded text stays in the revision history."
        label="Why is it discarded?"
        submitLabel="Discard update"
        danger
        {...commentDialog}
        onSubmit={() => discard.mutate({ ...step, comment })}
      />
    </section>
  );
}

/** An update step that needs a comment: the comment's box, the step's error, Cancel and the step's button. */
function CommentStepDialog({
  open,
  title,
  description,
  label,
  submitLabel,
  danger = false,
  comment,
  setComment,
  error,
  pending,
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: string;
  description?: string;
  label: string;
  submitLabel: string;
  danger?: boolean;
  comment: string;
  setComment: (comment: string) => void;
  error: DescribedError | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: () => void;
}) {
  const id = useId();
  return (
    <Dialog open={open} onOpenChange={(isOpen) => !isOpen && onClose()} title={title} {...(description && { description })}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div className="space-y-1.5">
          <Label htmlFor={id}>{label}</Label>
          <Textarea id={id} required value={comment} onChange={(event) => setComment(event.target.value)} />
        </div>
        {error && <ErrorBox error={error} />}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={pending}>{submitLabel}</Button>
        </div>
      </form>
    </Dialog>
  );
}
