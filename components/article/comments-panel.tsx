'use client';

import { FoldingPanel } from './folding-panel';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { ErrorBox } from './error-box';

/** The article's comment thread, beside the text: editors and authors, with resolve and reopen. */
export function CommentsPanel({ articleId, formatTime, onChange }: { articleId: string; formatTime: (date: Date) => string; onChange: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.comment.list.queryOptions({ articleId }));
  const [draft, setDraft] = useState('');
  const refresh = () => {
    void reloadAfterChange(queryClient, trpc.comment.list.queryKey({ articleId }));
    onChange();
  };
  const add = useMutation(trpc.comment.add.mutationOptions({ onSuccess: () => { setDraft(''); refresh(); } }));
  const setResolved = useMutation(trpc.comment.setResolved.mutationOptions({ onSuccess: refresh }));
  if (thread.error) return null; // not part of this article's thread (the server said so)
  const open = thread.data?.filter((c) => !c.resolvedAt).length ?? 0;

  return (
    <FoldingPanel
      id="comments"
      title={
        <>
          Comments <span className="font-normal text-muted">({open} open)</span>
        </>
      }
    >
      <ul className="mt-3 space-y-3" data-testid="comments">
        {thread.data?.map((comment) => (
          <li key={comment.id} className={`text-sm ${comment.resolvedAt ? 'text-muted' : ''}`}>
            <p className="text-xs text-muted">
              {comment.authorName} · {formatTime(comment.createdAt)}
              {comment.resolvedAt && ' · resolved'}
            </p>
            <p className="mt-0.5 whitespace-pre-wrap">{comment.body}</p>
            <button
              type="button"
              className="mt-1 text-xs text-accent hover:underline"
              onClick={() => setResolved.mutate({ commentId: comment.id, resolved: !comment.resolvedAt })}
            >
              {comment.resolvedAt ? 'Reopen' : 'Resolve'}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="mt-3 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ articleId, body: draft });
        }}
      >
        <Textarea aria-label="New comment" placeholder="Add a comment…" value={draft} onChange={(event) => setDraft(event.target.value)} className="min-h-16" />
        {add.error && <ErrorBox error={describeError(add.error)} />}
        <Button type="submit" size="sm" variant="secondary" disabled={draft.trim() === '' || add.isPending}>
          Comment
        </Button>
      </form>
    </FoldingPanel>
  );
}
