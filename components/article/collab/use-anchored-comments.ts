'use client';

import { useQuery } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { placeComments, setCommentAnchors, type Placement } from '@/components/editor/comment-anchors';

export type AnchoredCommentsView = {
  /** This person takes part in the article's thread (the server answered the list). */
  canComment: boolean;
  /** Where each anchored comment's words are now; null when they were deleted. */
  placements: Map<string, Placement>;
  /** The comment whose words are stressed in the text (chosen in the list or clicked in the text). */
  activeId: string | null;
  /** Selects a comment's words in the text and scrolls them into view. */
  show: (commentId: string) => void;
};

const sameMap = (a: Map<string, Placement>, b: Map<string, Placement>) => JSON.stringify([...a]) === JSON.stringify([...b]);

/**
 * Ties the comment thread to the shared body: hands the editor the anchored comments to highlight, and
 * follows where their words are after every change, local or remote.
 */
export function useAnchoredComments(editor: Editor | null, articleId: string): AnchoredCommentsView {
  const trpc = useTRPC();
  const thread = useQuery(trpc.comment.list.queryOptions({ articleId }));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [placements, setPlacements] = useState<Map<string, Placement>>(() => new Map());
  const anchored = useMemo(
    () => (thread.data ?? []).flatMap((c) => (c.anchor ? [{ id: c.id, anchor: c.anchor, open: c.resolvedAt === null }] : [])),
    [thread.data],
  );

  useEffect(() => {
    if (!editor) return;
    setCommentAnchors(editor.view, { comments: anchored, activeId });
    const place = () => {
      const next = placeComments(editor.state, anchored);
      setPlacements((current) => (sameMap(current, next) ? current : next));
    };
    const onClick = (event: MouseEvent) => {
      const marked = (event.target as HTMLElement).closest<HTMLElement>('[data-comment-id]');
      if (marked?.dataset.commentId) setActiveId(marked.dataset.commentId);
    };
    place();
    editor.on('transaction', place);
    editor.view.dom.addEventListener('click', onClick);
    return () => {
      editor.off('transaction', place);
      editor.view.dom.removeEventListener('click', onClick);
    };
  }, [editor, anchored, activeId]);

  return {
    canComment: thread.isSuccess,
    placements,
    activeId,
    show: (commentId) => {
      setActiveId(commentId);
      const placement = placements.get(commentId);
      if (editor && placement) editor.chain().focus().setTextSelection(placement).scrollIntoView().run();
    },
  };
}
