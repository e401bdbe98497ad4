'use client';

import { FoldingPanel } from './folding-panel';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import type { CommentAnchor } from '@/server/comment/comment-anchor';
import type { AnchoredCommentsView } from './collab/use-anchored-comments';
import { ErrorBox } from './error-box';

/**
 * The article's comment thread, beside the text: editors and authors, with resolve and reopen. With the
 * shared document (co-editing) a comment can be on words of the body: it shows its words, which are
 * highlighted in the text and followed through everyone's edits; one whose words were deleted says so.
 */
export function CommentsPanel({
  articleId,
  formatTime,
  onChange,
  anchoring,
}: {
  articleId: string;
  formatTime: (date: Date) => string;
  onChange: () => void;
  /** Present when the body is the shared document: anchored comments are placed and made through it. */
  anchoring?: AnchoredCommentsView & { pending: CommentAnchor | null; clearPending: () => void };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.comment.list.queryOptions({ articleId }));
  const [draft, setDraft] = useState('');
  const refresh = () => {
    void reloadAfterChange(queryClient, trpc.comment.list.queryKey({ articleId }));
    onChange();
  };
  const add = useMutation(
    trpc.comment.add.mutationOptions({
      onSuccess: () => {
        setDraft('');
        anchoring?.clearPending();
        refresh();
      },
    }),
  );
  const setResolved = useMutation(trpc.comment.setResolved.mutationOptions({ onSuccess: refresh }));
  if (thread.error) return null; // not part of this article's thread (the server said so)
  const open = thread.data?.filter((c) => !c.resolvedAt).length ?? 0;
  const pending = anchoring?.pending ?? null;

  return (
    <FoldingPanel
      id="comments"
      reveal={pending !== null}
      title={
        <>
          Comments <span className="font-normal text-muted">({open} open)</span>
        </>
      }
    >
      <ul className="mt-3 space-y-3" data-testid="comments">
        {thread.data?.map((comment) => {
          const placement = anchoring?.placements.get(comment.id);
          const wordsGone = comment.anchor !== null && placement === null;
          return (
            <li
              key={comment.id}
              data-comment-id={comment.id}
              className={`text-sm ${comment.resolvedAt ? 'text-muted' : ''} ${anchoring?.activeId === comment.id ? 'rounded bg-amber-50 p-1' : ''}`}
            >
              <p className="text-xs text-muted">
                {comment.authorName} · {formatTime(comment.createdAt)}
                {comment.resolvedAt && ' · resolved'}
              </p>
              {comment.anchor && (
                <p className="mt-0.5 text-xs">
                  {placement ? (
                    <button type="button" className="border-l-2 border-amber-500 pl-1.5 text-left italic hover:underline" onClick={() => anchoring?.show(comment.id)}>
                      On “{comment.anchor.quote}”
                    </button>
                  ) : (
                    <span className="border-l-2 border-line pl-1.5 italic" data-testid="words-deleted">
                      On “<s>{comment.anchor.quote}</s>”{wordsGone && ' · these words were deleted'}
                    </span>
                  )}
                </p>
              )}
              <p className="mt-0.5 whitespace-pre-wrap">{comment.body}</p>
              <button
                type="button"
                className="mt-1 text-xs text-accent hover:underline"
                onClick={() => setResolved.mutate({ commentId: comment.id, resolved: !comment.resolvedAt })}
              >
                {comment.resolvedAt ? 'Reopen' : 'Resolve'}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="mt-3 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ articleId, body: draft, ...(pending ? { anchor: pending } : {}) });
        }}
      >
        {pending && (
          <p className="text-xs" data-testid="comment-on">
            On “{pending.quote}” ·{' '}
            <button type="button" className="text-accent hover:underline" onClick={anchoring?.clearPending}>
              comment on the whole article instead
            </button>
          </p>
        )}
        <Textarea
          // Focused when words were just chosen, so the comment can be typed at once.
          autoFocus={pending !== null}
          key={pending?.start ?? 'article'}
          aria-label={pending ? `Comment on “${pending.quote}”` : 'New comment'}
          placeholder={pending ? 'Comment on these words…' : 'Add a comment…'}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          className="min-h-16"
        />
        {add.error && <ErrorBox error={describeError(add.error)} />}
        <Button type="submit" size="sm" variant="secondary" disabled={draft.trim() === '' || add.isPending}>
          Comment
        </Button>
      </form>
    </FoldingPanel>
  );
}
